import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Clock } from '../../shared/clock.js';
import { CLOCK } from '../../shared/clock.token.js';
import { invalid } from '../../shared/domain-error.js';
import { ukDateOf } from '../../shared/programme-year.js';
import { NOW, referenceDay, type ReadCut } from '../../shared/read-cut.js';
import { isIsoDate, type Borough, type IsoDate } from '../../shared/values.js';
import { pipelineReportAt } from '../read-model/pipeline-queries.js';
import type { PipelineReport } from '../read-model/pipeline-report.js';

export class GetPipelineReportQuery extends Query<PipelineReport> {
  constructor(
    readonly borough?: Borough,
    /** Chooses the programme year for "completed this programme year"; the cut's day when absent. */
    readonly on?: IsoDate,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(GetPipelineReportQuery)
export class GetPipelineReportHandler implements IQueryHandler<GetPipelineReportQuery> {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ borough, on, cut }: GetPipelineReportQuery): Promise<PipelineReport> {
    const date = on ?? referenceDay(cut, ukDateOf(this.clock.now()));
    if (!isIsoDate(date)) throw invalid('REPORT.INVALID_DATE', 'on must be a calendar date YYYY-MM-DD');
    return pipelineReportAt(this.db, { borough, on: date, programmeStart: this.config.programmeStart }, cut);
  }
}

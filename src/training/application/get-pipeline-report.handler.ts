import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Clock } from '../../shared/clock.js';
import { CLOCK } from '../../shared/clock.token.js';
import { invalid } from '../../shared/domain-error.js';
import { programmeYearOf, ukDateOf } from '../../shared/programme-year.js';
import { isIsoDate, type Borough, type IsoDate } from '../../shared/values.js';
import { assemblePipelineReport, type PipelineReport, type PipelineRow } from '../read-model/pipeline-report.js';
import { PIPELINE_COMPLETION_VIEW, PIPELINE_PERSON_VIEW } from '../read-model/pipeline.projection.js';

export class GetPipelineReportQuery extends Query<PipelineReport> {
  constructor(
    readonly borough?: Borough,
    /** Chooses the programme year for "completed this programme year"; today (UK) when absent. */
    readonly on?: IsoDate,
  ) {
    super();
  }
}

const people = PIPELINE_PERSON_VIEW;

/**
 * Every figure in one statement over the pipeline read model, so all of them come from the same
 * snapshot. A leaver is counted in completions (they happened) but not in training or dual
 * qualified now; completions are counted under the person's current (or last) borough.
 */
const REPORT_SQL = `
  SELECT 'training' AS kind, borough, training_level AS level, count(*)::int AS n, 0 AS m
  FROM ${people}
  WHERE left_on IS NULL AND training_level IS NOT NULL AND ($1::text IS NULL OR borough = $1)
  GROUP BY borough, training_level
  UNION ALL
  SELECT 'completed', p.borough, c.level, count(*)::int,
         (count(*) FILTER (WHERE c.completed_on BETWEEN $2::date AND $3::date))::int
  FROM ${PIPELINE_COMPLETION_VIEW} c JOIN ${people} p ON p.staff_id = c.staff_id
  WHERE ($1::text IS NULL OR p.borough = $1)
  GROUP BY p.borough, c.level
  UNION ALL
  SELECT 'dual', borough, NULL, count(*)::int, COALESCE(sum(fte_hundredths), 0)::int
  FROM ${people}
  WHERE left_on IS NULL AND dual_qualified AND ($1::text IS NULL OR borough = $1)
  GROUP BY borough`;

@QueryHandler(GetPipelineReportQuery)
export class GetPipelineReportHandler implements IQueryHandler<GetPipelineReportQuery> {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ borough, on }: GetPipelineReportQuery): Promise<PipelineReport> {
    const date = on ?? ukDateOf(this.clock.now());
    if (!isIsoDate(date)) throw invalid('REPORT.INVALID_DATE', 'on must be a calendar date YYYY-MM-DD');
    const year = programmeYearOf(date, this.config.programmeStart);
    const rows: PipelineRow[] = await this.db.query(REPORT_SQL, [borough ?? null, year.startsOn, year.endsOn]);
    return assemblePipelineReport(rows, date, year, borough);
  }
}

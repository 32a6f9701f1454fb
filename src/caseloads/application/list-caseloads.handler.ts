import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { CLOCK } from '../../shared/clock.token.js';
import { ukDateOf } from '../../shared/programme-year.js';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { listCaseloadsAt, type CaseloadFilter, type CaseloadList } from '../read-model/caseload-queries.js';

export class ListCaseloadsQuery extends Query<CaseloadList> {
  constructor(
    readonly filter: CaseloadFilter,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

/** Each person's caseload at the cut; the plan and the people are read in one snapshot. */
@QueryHandler(ListCaseloadsQuery)
export class ListCaseloadsHandler implements IQueryHandler<ListCaseloadsQuery> {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ filter, cut }: ListCaseloadsQuery): Promise<CaseloadList> {
    const today = ukDateOf(this.clock.now());
    return this.db.transaction('REPEATABLE READ', (tx) => listCaseloadsAt(tx, filter, cut, today));
  }
}

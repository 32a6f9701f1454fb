import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { CLOCK } from '../../shared/clock.token.js';
import { ukDateOf } from '../../shared/programme-year.js';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import type { Borough } from '../../shared/values.js';
import { caseloadCandidatesAt, type CaseloadCandidates } from '../read-model/caseload-queries.js';

export class GetCaseloadCandidatesQuery extends Query<CaseloadCandidates> {
  constructor(
    readonly borough?: Borough,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

/**
 * The planning view: the plan's next integration step from the cut's day (the as-at date, else the
 * day of the known-at instant, else today in the UK) and who could take clinician work at it.
 */
@QueryHandler(GetCaseloadCandidatesQuery)
export class GetCaseloadCandidatesHandler implements IQueryHandler<GetCaseloadCandidatesQuery> {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ borough, cut }: GetCaseloadCandidatesQuery): Promise<CaseloadCandidates> {
    const today = ukDateOf(this.clock.now());
    return this.db.transaction('REPEATABLE READ', (tx) => caseloadCandidatesAt(tx, borough, cut, today));
  }
}

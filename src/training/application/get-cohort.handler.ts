import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { describeCut, NOW, type ReadCut } from '../../shared/read-cut.js';
import { findCohortAt } from '../read-model/cohort-queries.js';
import type { CohortDetails } from '../read-model/cohort-view.js';
import { normaliseId } from './training-ids.js';

export class GetCohortQuery extends Query<CohortDetails> {
  constructor(
    readonly cohortId: string,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(GetCohortQuery)
export class GetCohortHandler implements IQueryHandler<GetCohortQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ cohortId, cut }: GetCohortQuery): Promise<CohortDetails> {
    const cohort = await findCohortAt(this.db, normaliseId(cohortId), cut);
    const when = describeCut(cut);
    if (!cohort) throw notFound('COHORT.NOT_FOUND', `No such cohort${when ? ` ${when}` : ''}`);
    return cohort;
  }
}

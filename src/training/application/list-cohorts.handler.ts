import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { listCohortsAt, type CohortFilter, type CohortPage } from '../read-model/cohort-queries.js';

export type { CohortFilter, CohortPage };

export class ListCohortsQuery extends Query<CohortPage> {
  constructor(
    readonly filter: CohortFilter,
    /** 1-based. */
    readonly page: number,
    readonly pageSize: number,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(ListCohortsQuery)
export class ListCohortsHandler implements IQueryHandler<ListCohortsQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, page, pageSize, cut }: ListCohortsQuery): Promise<CohortPage> {
    return listCohortsAt(this.db, filter, page, pageSize, cut);
  }
}

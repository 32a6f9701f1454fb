import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { listCouncilsAt, type CouncilFilter, type CouncilView } from '../read-model/council-queries.js';

export class ListCouncilsQuery extends Query<CouncilView[]> {
  constructor(
    readonly filter: CouncilFilter,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(ListCouncilsQuery)
export class ListCouncilsHandler implements IQueryHandler<ListCouncilsQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, cut }: ListCouncilsQuery): Promise<CouncilView[]> {
    return listCouncilsAt(this.db, filter, cut);
  }
}

import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import {
  listOnSiteSupportAt,
  type OnSiteSupportFilter,
  type OnSiteSupportList,
} from '../read-model/on-site-support-queries.js';

export class ListOnSiteSupportQuery extends Query<OnSiteSupportList> {
  constructor(
    readonly filter: OnSiteSupportFilter,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(ListOnSiteSupportQuery)
export class ListOnSiteSupportHandler implements IQueryHandler<ListOnSiteSupportQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, cut }: ListOnSiteSupportQuery): Promise<OnSiteSupportList> {
    return listOnSiteSupportAt(this.db, filter, cut);
  }
}

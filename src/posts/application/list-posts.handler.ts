import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { listPostsAt, type PostFilter, type PostPage } from '../read-model/post-queries.js';

export type { PostFilter, PostPage };

export class ListPostsQuery extends Query<PostPage> {
  constructor(
    readonly filter: PostFilter,
    /** 1-based. */
    readonly page: number,
    readonly pageSize: number,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(ListPostsQuery)
export class ListPostsHandler implements IQueryHandler<ListPostsQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, page, pageSize, cut }: ListPostsQuery): Promise<PostPage> {
    return listPostsAt(this.db, filter, page, pageSize, cut);
  }
}

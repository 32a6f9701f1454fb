import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { POST_VIEW_TABLE } from '../read-model/posts.projection.js';
import { POST_VIEW_COLUMNS, toPostView, type PostView, type PostViewRow } from '../read-model/post-view.js';

export class GetPostQuery extends Query<PostView> {
  constructor(readonly postId: string) {
    super();
  }
}

@QueryHandler(GetPostQuery)
export class GetPostHandler implements IQueryHandler<GetPostQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ postId }: GetPostQuery): Promise<PostView> {
    const [row] = (await this.db.query(`SELECT ${POST_VIEW_COLUMNS} FROM ${POST_VIEW_TABLE} WHERE post_id = $1`, [
      postId,
    ])) as PostViewRow[];
    if (!row) throw notFound('POSTS.NOT_FOUND', 'No such post');
    return toPostView(row);
  }
}

import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { describeCut, NOW, type ReadCut } from '../../shared/read-cut.js';
import { findPostAt } from '../read-model/post-queries.js';
import type { PostView } from '../read-model/post-view.js';

export class GetPostQuery extends Query<PostView> {
  constructor(
    readonly postId: string,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(GetPostQuery)
export class GetPostHandler implements IQueryHandler<GetPostQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ postId, cut }: GetPostQuery): Promise<PostView> {
    const view = await findPostAt(this.db, postId, cut);
    const when = describeCut(cut);
    if (!view) throw notFound('POSTS.NOT_FOUND', `No such post${when ? ` ${when}` : ''}`);
    return view;
  }
}

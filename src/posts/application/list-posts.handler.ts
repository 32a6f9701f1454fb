import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Borough } from '../../shared/values.js';
import type { PostKind } from '../domain/post.events.js';
import { POST_VIEW_TABLE } from '../read-model/posts.projection.js';
import { POST_VIEW_COLUMNS, toPostView, type PostView, type PostViewRow } from '../read-model/post-view.js';

export interface PostFilter {
  borough?: Borough;
  kind?: PostKind;
  /** true: open posts nobody holds; false: posts someone holds. Ended posts are neither. */
  vacant?: boolean;
  status?: PostView['status'];
}

export interface PostPage {
  items: PostView[];
  page: number;
  pageSize: number;
  total: number;
}

export class ListPostsQuery extends Query<PostPage> {
  constructor(
    readonly filter: PostFilter,
    /** 1-based. */
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}

const whereOf = (filter: PostFilter): { sql: string; params: unknown[] } => {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (column: string, value: unknown) => {
    params.push(value);
    clauses.push(`${column} = $${params.length}`);
  };
  if (filter.borough !== undefined) add('borough', filter.borough);
  if (filter.kind !== undefined) add('kind', filter.kind);
  if (filter.status !== undefined) add('status', filter.status);
  if (filter.vacant === true) clauses.push(`status = 'established' AND holder_staff_id IS NULL`);
  if (filter.vacant === false) clauses.push(`holder_staff_id IS NOT NULL`);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
};

/** A page of posts, ended ones included unless filtered, in a stable order: borough, kind, title, id. */
@QueryHandler(ListPostsQuery)
export class ListPostsHandler implements IQueryHandler<ListPostsQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ filter, page, pageSize }: ListPostsQuery): Promise<PostPage> {
    const where = whereOf(filter);
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM ${POST_VIEW_TABLE} ${where.sql}`,
      where.params,
    )) as { total: number }[];
    const n = where.params.length;
    const rows = (await this.db.query(
      `SELECT ${POST_VIEW_COLUMNS} FROM ${POST_VIEW_TABLE} ${where.sql}
       ORDER BY borough, kind, title COLLATE "C", post_id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...where.params, pageSize, (page - 1) * pageSize],
    )) as PostViewRow[];
    return { items: rows.map(toPostView), page, pageSize, total };
  }
}

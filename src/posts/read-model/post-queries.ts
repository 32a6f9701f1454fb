import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { Borough } from '../../shared/values.js';
import type { PostKind } from '../domain/post.events.js';
import { POST_VIEW_ROWS, POST_VIEW_TABLE, type PostView } from './post-view.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

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

export const findPostAt = async (q: Queryable, postId: string, cut: ReadCut): Promise<PostView | undefined> => {
  const p = new SqlParams();
  const rows = (await q.query(
    `SELECT ${POST_VIEW_ROWS.selectColumns('v')} FROM ${rowsAt(POST_VIEW_TABLE, cut, p)} v
     WHERE v.post_id = ${p.add(postId)}`,
    p.values,
  )) as Record<string, unknown>[];
  return rows.length ? POST_VIEW_ROWS.fromRow(rows[0]) : undefined;
};

const whereOf = (filter: PostFilter, p: SqlParams): string => {
  const clauses: string[] = [];
  if (filter.borough !== undefined) clauses.push(`v.borough = ${p.add(filter.borough)}`);
  if (filter.kind !== undefined) clauses.push(`v.kind = ${p.add(filter.kind)}`);
  if (filter.status !== undefined) clauses.push(`v.status = ${p.add(filter.status)}`);
  if (filter.vacant === true) clauses.push(`v.status = 'established' AND v.holder_staff_id IS NULL`);
  if (filter.vacant === false) clauses.push(`v.holder_staff_id IS NOT NULL`);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
};

/** A page of posts at the cut, ended ones included unless filtered, by borough, kind, title, id. */
export const listPostsAt = async (
  q: Queryable,
  filter: PostFilter,
  page: number,
  pageSize: number,
  cut: ReadCut,
): Promise<PostPage> => {
  const p = new SqlParams();
  const from = `${rowsAt(POST_VIEW_TABLE, cut, p)} v ${whereOf(filter, p)}`;
  const [{ total }] = (await q.query(`SELECT count(*)::int AS total FROM ${from}`, [...p.values])) as {
    total: number;
  }[];
  const rows = (await q.query(
    `SELECT ${POST_VIEW_ROWS.selectColumns('v')} FROM ${from}
     ORDER BY v.borough, v.kind, v.title COLLATE "C", v.post_id LIMIT ${p.add(pageSize)} OFFSET ${p.add((page - 1) * pageSize)}`,
    p.values,
  )) as Record<string, unknown>[];
  return { items: rows.map((r) => POST_VIEW_ROWS.fromRow(r)), page, pageSize, total };
};

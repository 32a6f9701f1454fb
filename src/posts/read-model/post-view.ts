import type { Borough, IsoDate } from '../../shared/values.js';
import { ValidTimeTable } from '../../projections/bitemporal/valid-time-table.js';
import type { Funder, PostKind } from '../domain/post.events.js';

export const POST_VIEW_TABLE = 'post_view';

export interface PostTenure {
  staffId: string;
  from: IsoDate;
  /** First day without this holder; null while they hold the post. */
  to: IsoDate | null;
}

export interface IntegratedWorkView {
  fromPostId: string;
  wteHundredths: number;
  on: IsoDate;
  heldBy: string;
}

export interface PostView {
  postId: string;
  title: string;
  kind: PostKind;
  borough: Borough;
  wteHundredths: number;
  fundedBy: Funder;
  annualCostPence: number;
  establishedOn: IsoDate;
  status: 'established' | 'disestablished' | 'integrated';
  endedOn: IsoDate | null;
  integratedInto: string | null;
  holder: { staffId: string; from: IsoDate } | null;
  integratedWteHundredths: number;
  holders: PostTenure[];
  integratedWork: IntegratedWorkView[];
  version: number;
  updatedAt: string;
}

const asText = (column: string) => (p: string) => `${p}${column}::text AS ${column}`;

/** How a `PostView` is stored: one row per effective-dated version of the post. */
export const POST_VIEW_ROWS = new ValidTimeTable<PostView>(
  POST_VIEW_TABLE,
  ['post_id'],
  [
    { name: 'title' },
    { name: 'kind' },
    { name: 'borough' },
    { name: 'wte_hundredths' },
    { name: 'funded_by' },
    { name: 'annual_cost_pence', select: asText('annual_cost_pence') },
    { name: 'established_on', select: asText('established_on') },
    { name: 'status' },
    { name: 'ended_on', select: asText('ended_on') },
    { name: 'integrated_into' },
    { name: 'holder_staff_id' },
    { name: 'holder_from', select: asText('holder_from') },
    { name: 'integrated_wte_hundredths' },
    { name: 'holders', cast: '::jsonb' },
    { name: 'integrated_work', cast: '::jsonb' },
    { name: 'version' },
    {
      name: 'updated_at',
      select: (p) => `to_char(${p}updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`,
    },
  ],
  (v) => ({
    post_id: v.postId,
    title: v.title,
    kind: v.kind,
    borough: v.borough,
    wte_hundredths: v.wteHundredths,
    funded_by: v.fundedBy,
    annual_cost_pence: v.annualCostPence,
    established_on: v.establishedOn,
    status: v.status,
    ended_on: v.endedOn,
    integrated_into: v.integratedInto,
    holder_staff_id: v.holder?.staffId ?? null,
    holder_from: v.holder?.from ?? null,
    integrated_wte_hundredths: v.integratedWteHundredths,
    holders: v.holders,
    integrated_work: v.integratedWork,
    version: v.version,
    updated_at: v.updatedAt,
  }),
  (row) => toPostView(row as unknown as PostViewRow),
);

export interface PostViewRow {
  post_id: string;
  title: string;
  kind: string;
  borough: string;
  wte_hundredths: number;
  funded_by: string;
  annual_cost_pence: string;
  established_on: string;
  status: PostView['status'];
  ended_on: string | null;
  integrated_into: string | null;
  holder_staff_id: string | null;
  holder_from: string | null;
  integrated_wte_hundredths: number;
  holders: PostTenure[];
  integrated_work: IntegratedWorkView[];
  version: number;
  updated_at: string;
}

export const toPostView = (row: PostViewRow): PostView => ({
  postId: row.post_id,
  title: row.title,
  kind: row.kind as PostKind,
  borough: row.borough as Borough,
  wteHundredths: row.wte_hundredths,
  fundedBy: row.funded_by as Funder,
  annualCostPence: Number(row.annual_cost_pence),
  establishedOn: row.established_on,
  status: row.status,
  endedOn: row.ended_on,
  integratedInto: row.integrated_into,
  holder:
    row.holder_staff_id !== null && row.holder_from !== null
      ? { staffId: row.holder_staff_id, from: row.holder_from }
      : null,
  integratedWteHundredths: row.integrated_wte_hundredths,
  holders: row.holders,
  integratedWork: row.integrated_work,
  version: row.version,
  updatedAt: row.updated_at,
});

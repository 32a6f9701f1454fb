import type { Borough, IsoDate } from '../../shared/values.js';
import type { Funder, PostKind } from '../domain/post.events.js';

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

/** Dates as text: node-postgres would turn a `date` into a local-time Date and may shift the day. */
export const POST_VIEW_COLUMNS = `post_id, title, kind, borough, wte_hundredths, funded_by,
  annual_cost_pence::text AS annual_cost_pence, established_on::text AS established_on, status,
  ended_on::text AS ended_on, integrated_into, holder_staff_id, holder_from::text AS holder_from,
  integrated_wte_hundredths, holders, integrated_work, version,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`;

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

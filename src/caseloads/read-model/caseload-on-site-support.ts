import { listOnSiteSupportAt } from '../../centre/read-model/on-site-support-queries.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { IsoDate } from '../../shared/values.js';
import { supportWeekOf, type OnSiteSupportGiven } from '../domain/on-site-support-effect.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

export interface SupportWeek {
  from: IsoDate;
  to: IsoDate;
  /** Days and hours of on-site support given that week, by staff id (no entry: none). */
  byStaff: ReadonlyMap<string, OnSiteSupportGiven>;
}

/**
 * The on-site support each member of staff gave to Centre councils in the week of `day`, read
 * from the Centre's read model at the same cut and in the caller's snapshot (ADR 0051), so the
 * caseload views and `GET /api/centre/on-site-support` agree at every cut.
 */
export const onSiteSupportWeekAt = async (q: Queryable, cut: ReadCut, day: IsoDate): Promise<SupportWeek> => {
  const week = supportWeekOf(day);
  const { items } = await listOnSiteSupportAt(q, week, cut);
  const byStaff = new Map<string, OnSiteSupportGiven>();
  for (const item of items) {
    const soFar = byStaff.get(item.staffId) ?? { days: 0, hoursHundredths: 0 };
    byStaff.set(item.staffId, { days: soFar.days + 1, hoursHundredths: soFar.hoursHundredths + item.hoursHundredths });
  }
  return { ...week, byStaff };
};

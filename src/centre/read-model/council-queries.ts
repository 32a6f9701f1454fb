import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import { noPlaces, type ParticipantGroup } from '../domain/centre.values.js';
import {
  CENTRE_COUNCIL_VIEW,
  CENTRE_ON_SITE_SUPPORT_VIEW,
  CENTRE_PARTICIPANT_VIEW,
  COUNCIL_ROWS,
  type CouncilRow,
} from './centre-rows.js';

export type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

/** A council of an intake at the cut, with its participants, fees and the on-site support it had. */
export interface CouncilView extends CouncilRow {
  participants: Record<ParticipantGroup, number>;
  participantsTotal: number;
  completed: number;
  feesPence: number;
  onSiteDays: number;
  onSiteHoursHundredths: number;
}

export interface CouncilFilter {
  intakeYear?: number;
  status?: CouncilRow['status'];
  councilId?: string;
}

interface ParticipantCount {
  council_id: string;
  participant_group: ParticipantGroup;
  n: number;
  completed: number;
  fees: string;
}

interface SupportSum {
  council_id: string;
  days: number;
  hours: number;
}

/** Counts of participants and sums of support for these councils at the cut, added to their rows. */
const withActivity = async (q: Queryable, rows: CouncilRow[], cut: ReadCut): Promise<CouncilView[]> => {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.councilId);
  const p = new SqlParams();
  const counts = (await q.query(
    `SELECT v.council_id, v.participant_group, count(*)::int AS n,
            (count(*) FILTER (WHERE v.status = 'completed'))::int AS completed, sum(v.fee_pence)::text AS fees
     FROM ${rowsAt(CENTRE_PARTICIPANT_VIEW, cut, p)} v WHERE v.council_id = ANY(${p.add(ids, '::text[]')})
     GROUP BY v.council_id, v.participant_group`,
    p.values,
  )) as ParticipantCount[];
  const s = new SqlParams();
  const support = (await q.query(
    `SELECT v.council_id, count(*)::int AS days, sum(v.hours_hundredths)::int AS hours
     FROM ${rowsAt(CENTRE_ON_SITE_SUPPORT_VIEW, cut, s)} v WHERE v.council_id = ANY(${s.add(ids, '::text[]')})
     GROUP BY v.council_id`,
    s.values,
  )) as SupportSum[];
  return rows.map((row) => {
    const mine = counts.filter((c) => c.council_id === row.councilId);
    const participants = noPlaces();
    for (const c of mine) participants[c.participant_group] = c.n;
    const given = support.find((x) => x.council_id === row.councilId);
    return {
      ...row,
      participants,
      participantsTotal: mine.reduce((sum, c) => sum + c.n, 0),
      completed: mine.reduce((sum, c) => sum + c.completed, 0),
      feesPence: mine.reduce((sum, c) => sum + Number(c.fees), 0),
      onSiteDays: given?.days ?? 0,
      onSiteHoursHundredths: given?.hours ?? 0,
    };
  });
};

/** The councils at the cut, by intake and name. */
export const listCouncilsAt = async (q: Queryable, filter: CouncilFilter, cut: ReadCut): Promise<CouncilView[]> => {
  const p = new SqlParams();
  const clauses: string[] = [];
  if (filter.intakeYear !== undefined) clauses.push(`c.intake_year = ${p.add(filter.intakeYear, '::int')}`);
  if (filter.status !== undefined) clauses.push(`c.status = ${p.add(filter.status)}`);
  if (filter.councilId !== undefined) clauses.push(`c.council_id = ${p.add(filter.councilId)}`);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = (await q.query(
    `SELECT ${COUNCIL_ROWS.selectColumns('c')} FROM ${rowsAt(CENTRE_COUNCIL_VIEW, cut, p)} c ${where}
     ORDER BY c.intake_year, c.name COLLATE "C", c.council_id`,
    p.values,
  )) as Record<string, unknown>[];
  return withActivity(
    q,
    rows.map((r) => COUNCIL_ROWS.fromRow(r)),
    cut,
  );
};

export const findCouncilAt = async (
  q: Queryable,
  intakeYear: number,
  councilId: string,
  cut: ReadCut,
): Promise<CouncilView | undefined> => (await listCouncilsAt(q, { intakeYear, councilId }, cut))[0];

import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import { referenceDay, type ReadCut } from '../../shared/read-cut.js';
import type { Borough, IsoDate, Role } from '../../shared/values.js';
import type { IntegrationStep } from '../domain/integration-step.js';
import {
  byPressure,
  candidatesOf,
  capacityGroups,
  capacityOf,
  isPlanned,
  lineOf,
  stepOf,
  type Candidate,
  type CapacityFigures,
  type CapacityGroup,
  type CaseloadLine,
} from './caseload-figures.js';
import { onSiteSupportWeekAt } from './caseload-on-site-support.js';
import { CASELOAD_PERSON_ROWS, CASELOAD_PERSON_VIEW } from './caseload-person.js';
import { CASELOAD_PLAN_ROWS, CASELOAD_PLAN_VIEW, type CaseloadPlan } from './caseload-plan.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

export interface CaseloadFilter {
  borough?: Borough;
  /** One person's line only (their caseload page), read by key rather than filtered from everyone's. */
  staffId?: string;
  role?: Role;
  /** true: only those over their cap; false: only those within it (or without one). */
  over?: boolean;
}

/** The plan revision in force at the cut, as caseload planning keeps it; null before any. */
export const caseloadPlanAt = async (q: Queryable, cut: ReadCut): Promise<CaseloadPlan | null> => {
  const p = new SqlParams();
  const rows = (await q.query(
    `SELECT ${CASELOAD_PLAN_ROWS.selectColumns('x')} FROM ${rowsAt(CASELOAD_PLAN_VIEW, cut, p)} x`,
    p.values,
  )) as Record<string, unknown>[];
  return rows.length ? CASELOAD_PLAN_ROWS.fromRow(rows[0]) : null;
};

/** The Monday-to-Sunday week of the cut's day, whose on-site support the lines set against capacity. */
export interface OnSiteSupportWeek {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Everyone in post at the cut (a leaving recorded, whatever its date, without `asAt`), with their
 * line and the on-site support they gave in the week of `day` (the cut's reference day).
 */
const linesAt = async (
  q: Queryable,
  cut: ReadCut,
  { borough, staffId }: Pick<CaseloadFilter, 'borough' | 'staffId'>,
  plan: CaseloadPlan | null,
  day: IsoDate,
): Promise<{ week: OnSiteSupportWeek; lines: CaseloadLine[] }> => {
  const { byStaff, ...week } = await onSiteSupportWeekAt(q, cut, day);
  const p = new SqlParams();
  const where =
    (borough === undefined ? '' : ` AND x.borough = ${p.add(borough)}`) +
    (staffId === undefined ? '' : ` AND x.staff_id = ${p.add(staffId)}`);
  const rows = (await q.query(
    `SELECT ${CASELOAD_PERSON_ROWS.selectColumns('x')} FROM ${rowsAt(CASELOAD_PERSON_VIEW, cut, p)} x
     WHERE x.left_on IS NULL${where}`,
    p.values,
  )) as Record<string, unknown>[];
  const lines = rows
    .map((r) => CASELOAD_PERSON_ROWS.fromRow(r))
    .map((person) => lineOf(person, plan, byStaff.get(person.staffId)))
    .filter(isPlanned);
  return { week, lines };
};

export interface CaseloadList {
  planRevision: number | null;
  onSiteSupportWeek: OnSiteSupportWeek;
  items: CaseloadLine[];
}

/** Each person's open cases, cap, headroom and whether over, the most pressed first. */
export const listCaseloadsAt = async (
  q: Queryable,
  filter: CaseloadFilter,
  cut: ReadCut,
  today: IsoDate,
): Promise<CaseloadList> => {
  const plan = await caseloadPlanAt(q, cut);
  const { week, lines } = await linesAt(q, cut, filter, plan, referenceDay(cut, today));
  const items = lines
    .filter(
      (l) =>
        (filter.role === undefined || l.role === filter.role) &&
        (filter.over === undefined || l.overCap === filter.over),
    )
    .sort(byPressure);
  return { planRevision: plan?.revision ?? null, onSiteSupportWeek: week, items };
};

export interface CaseloadCapacity {
  scope: Borough | 'all';
  planRevision: number | null;
  onSiteSupportWeek: OnSiteSupportWeek;
  groups: CapacityGroup[];
  total: CapacityFigures;
}

/** Total headroom by borough and role, the part held by dual-qualified staff, and who is over. */
export const caseloadCapacityAt = async (
  q: Queryable,
  borough: Borough | undefined,
  cut: ReadCut,
  today: IsoDate,
): Promise<CaseloadCapacity> => {
  const plan = await caseloadPlanAt(q, cut);
  const { week, lines } = await linesAt(q, cut, { borough }, plan, referenceDay(cut, today));
  return {
    scope: borough ?? 'all',
    planRevision: plan?.revision ?? null,
    onSiteSupportWeek: week,
    groups: capacityGroups(lines),
    total: capacityOf(lines),
  };
};

export interface CaseloadCandidates {
  scope: Borough | 'all';
  /** The day the step is looked for from: the cut's day. */
  today: IsoDate;
  planRevision: number | null;
  step: IntegrationStep | null;
  clinicianConsultationHoursPerWeek: number | null;
  onSiteSupportWeek: OnSiteSupportWeek;
  candidates: Candidate[];
  total: { people: number; fteHundredths: number; headroom: number };
}

/** Dual-qualified staff who could take clinician work at the plan's next integration step. */
export const caseloadCandidatesAt = async (
  q: Queryable,
  borough: Borough | undefined,
  cut: ReadCut,
  today: IsoDate,
): Promise<CaseloadCandidates> => {
  const day = referenceDay(cut, today);
  const plan = await caseloadPlanAt(q, cut);
  const { week, lines } = await linesAt(q, cut, { borough }, plan, day);
  const candidates = candidatesOf(lines, plan);
  return {
    scope: borough ?? 'all',
    today: day,
    planRevision: plan?.revision ?? null,
    step: stepOf(plan, day),
    clinicianConsultationHoursPerWeek: plan?.caseloads?.clinicianConsultationHoursPerWeek ?? null,
    onSiteSupportWeek: week,
    candidates,
    total: {
      people: candidates.length,
      fteHundredths: candidates.reduce((s, c) => s + c.fteHundredths, 0),
      headroom: candidates.reduce((s, c) => s + c.headroom!, 0),
    },
  };
};

/** Whether the person had been hired at the cut (a leaver still has a history). */
export const caseloadPersonExistsAt = async (q: Queryable, staffId: string, cut: ReadCut): Promise<boolean> => {
  const p = new SqlParams();
  const rows = await q.query(
    `SELECT 1 FROM ${rowsAt(CASELOAD_PERSON_VIEW, cut, p)} x WHERE x.staff_id = ${p.add(staffId)}`,
    p.values,
  );
  return rows.length > 0;
};

import type { Borough, Role, SystemicLevel } from '../../shared/values.js';
import type { StaffView } from './staff-view.js';

/**
 * How a `StaffView` is stored. Dates are selected as text because node-postgres turns a `date`
 * into a local-time Date, which can shift the day.
 */
export const STAFF_VIEW_COLUMNS = `staff_id, name, borough, role, fte_hundredths, started_on::text AS started_on,
  left_on::text AS left_on, left_reason, social_work_registered, registration_number,
  registered_on::text AS registered_on, systemic_level, current_enrolment, waitlists, dual_qualified,
  dual_qualified_on::text AS dual_qualified_on, qualifications, version,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`;

export interface StaffViewRow {
  staff_id: string;
  name: string;
  borough: string;
  role: string;
  fte_hundredths: number;
  started_on: string;
  left_on: string | null;
  left_reason: string | null;
  social_work_registered: boolean;
  registration_number: string | null;
  registered_on: string | null;
  systemic_level: number;
  current_enrolment: StaffView['currentEnrolment'];
  waitlists: StaffView['waitlists'];
  dual_qualified: boolean;
  dual_qualified_on: string | null;
  qualifications: StaffView['qualifications'];
  version: number;
  updated_at: string;
}

export const toStaffView = (row: StaffViewRow): StaffView => ({
  staffId: row.staff_id,
  name: row.name,
  borough: row.borough as Borough,
  role: row.role as Role,
  fteHundredths: row.fte_hundredths,
  startedOn: row.started_on,
  leftOn: row.left_on,
  leftReason: row.left_reason,
  registration:
    row.registration_number !== null && row.registered_on !== null
      ? { number: row.registration_number, registeredOn: row.registered_on }
      : null,
  systemicLevel: row.systemic_level as 0 | SystemicLevel,
  currentEnrolment: row.current_enrolment,
  waitlists: row.waitlists,
  dualQualified: row.dual_qualified,
  dualQualifiedOn: row.dual_qualified_on,
  qualifications: row.qualifications,
  version: row.version,
  updatedAt: row.updated_at,
});

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/** Inserts the view or replaces every column of the stored one. */
export const saveStaffView = async (query: Query, table: string, view: StaffView): Promise<void> => {
  await query(
    `INSERT INTO ${table} (staff_id, name, borough, role, fte_hundredths, started_on, left_on, left_reason,
       social_work_registered, registration_number, registered_on, systemic_level, current_enrolment, waitlists,
       dual_qualified, dual_qualified_on, qualifications, version, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14::jsonb, $15, $16, $17::jsonb, $18, $19)
     ON CONFLICT (staff_id) DO UPDATE SET name = EXCLUDED.name, borough = EXCLUDED.borough, role = EXCLUDED.role,
       fte_hundredths = EXCLUDED.fte_hundredths, started_on = EXCLUDED.started_on, left_on = EXCLUDED.left_on,
       left_reason = EXCLUDED.left_reason, social_work_registered = EXCLUDED.social_work_registered,
       registration_number = EXCLUDED.registration_number, registered_on = EXCLUDED.registered_on,
       systemic_level = EXCLUDED.systemic_level, current_enrolment = EXCLUDED.current_enrolment,
       waitlists = EXCLUDED.waitlists, dual_qualified = EXCLUDED.dual_qualified,
       dual_qualified_on = EXCLUDED.dual_qualified_on, qualifications = EXCLUDED.qualifications,
       version = EXCLUDED.version, updated_at = EXCLUDED.updated_at`,
    [
      view.staffId,
      view.name,
      view.borough,
      view.role,
      view.fteHundredths,
      view.startedOn,
      view.leftOn,
      view.leftReason,
      view.registration !== null,
      view.registration?.number ?? null,
      view.registration?.registeredOn ?? null,
      view.systemicLevel,
      view.currentEnrolment === null ? null : JSON.stringify(view.currentEnrolment),
      JSON.stringify(view.waitlists),
      view.dualQualified,
      view.dualQualifiedOn,
      JSON.stringify(view.qualifications),
      view.version,
      view.updatedAt,
    ],
  );
};

export const loadStaffView = async (query: Query, table: string, staffId: string): Promise<StaffView | undefined> => {
  const [row] = (await query(`SELECT ${STAFF_VIEW_COLUMNS} FROM ${table} WHERE staff_id = $1`, [
    staffId,
  ])) as StaffViewRow[];
  return row ? toStaffView(row) : undefined;
};

import { ValidTimeTable } from '../../projections/bitemporal/valid-time-table.js';
import type { Borough, Role, SystemicLevel } from '../../shared/values.js';
import type { StaffView } from './staff-view.js';

export const STAFF_VIEW_TABLE = 'staff_view';

const asText = (column: string) => (p: string) => `${p}${column}::text AS ${column}`;

/**
 * How a `StaffView` is stored: one row per effective-dated version of the person. Dates are
 * selected as text because node-postgres turns a `date` into a local-time Date, which can shift
 * the day.
 */
export const STAFF_VIEW_ROWS = new ValidTimeTable<StaffView>(
  STAFF_VIEW_TABLE,
  ['staff_id'],
  [
    { name: 'name' },
    { name: 'borough' },
    { name: 'role' },
    { name: 'fte_hundredths' },
    { name: 'started_on', select: asText('started_on') },
    { name: 'left_on', select: asText('left_on') },
    { name: 'left_reason' },
    { name: 'registration_number' },
    { name: 'registered_on', select: asText('registered_on') },
    { name: 'systemic_level' },
    { name: 'current_enrolment', cast: '::jsonb' },
    { name: 'waitlists', cast: '::jsonb' },
    { name: 'dual_qualified' },
    { name: 'dual_qualified_on', select: asText('dual_qualified_on') },
    { name: 'qualifications', cast: '::jsonb' },
    { name: 'version' },
    {
      name: 'updated_at',
      select: (p) => `to_char(${p}updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`,
    },
  ],
  (view) => ({
    staff_id: view.staffId,
    name: view.name,
    borough: view.borough,
    role: view.role,
    fte_hundredths: view.fteHundredths,
    started_on: view.startedOn,
    left_on: view.leftOn,
    left_reason: view.leftReason,
    registration_number: view.registration?.number ?? null,
    registered_on: view.registration?.registeredOn ?? null,
    systemic_level: view.systemicLevel,
    current_enrolment: view.currentEnrolment,
    waitlists: view.waitlists,
    dual_qualified: view.dualQualified,
    dual_qualified_on: view.dualQualifiedOn,
    qualifications: view.qualifications,
    version: view.version,
    updated_at: view.updatedAt,
  }),
  (row) => ({
    staffId: row.staff_id as string,
    name: row.name as string,
    borough: row.borough as Borough,
    role: row.role as Role,
    fteHundredths: row.fte_hundredths as number,
    startedOn: row.started_on as string,
    leftOn: row.left_on as string | null,
    leftReason: row.left_reason as string | null,
    registration:
      row.registration_number !== null && row.registered_on !== null
        ? { number: row.registration_number as string, registeredOn: row.registered_on as string }
        : null,
    systemicLevel: row.systemic_level as 0 | SystemicLevel,
    currentEnrolment: row.current_enrolment as StaffView['currentEnrolment'],
    waitlists: row.waitlists as StaffView['waitlists'],
    dualQualified: row.dual_qualified as boolean,
    dualQualifiedOn: row.dual_qualified_on as string | null,
    qualifications: row.qualifications as StaffView['qualifications'],
    version: row.version as number,
    updatedAt: row.updated_at as string,
  }),
);

import { columns, csvShape, pageHeaders } from '../../http/csv/csv-shape.js';
import type { StaffPageResponse, StaffResponse } from './staff.response.js';

/** GET /api/staff as CSV: one row per person of the page; qualifications as `kind:date` joined by `;`. */
export const STAFF_CSV = csvShape<StaffPageResponse, StaffResponse>({
  file: 'staff',
  rows: (page) => page.items,
  headers: pageHeaders,
  columns: columns<StaffResponse>(
    ['staff_id', (s) => s.id],
    ['name', (s) => s.name],
    ['borough', (s) => s.borough],
    ['role', (s) => s.role],
    ['fte', (s) => s.fte],
    ['started_on', (s) => s.startedOn],
    ['left_on', (s) => s.leftOn],
    ['left_reason', (s) => s.leftReason],
    ['social_work_registered', (s) => s.socialWorkRegistered],
    ['registration_number', (s) => s.registration?.number],
    ['registered_on', (s) => s.registration?.registeredOn],
    ['systemic_level', (s) => s.systemicLevel],
    ['current_cohort_id', (s) => s.currentEnrolment?.cohortId],
    ['current_level', (s) => s.currentEnrolment?.level],
    ['current_status', (s) => s.currentEnrolment?.status],
    ['dual_qualified', (s) => s.dualQualified],
    ['dual_qualified_on', (s) => s.dualQualifiedOn],
    [
      'qualifications',
      (s) => s.qualifications.map((q) => `${q.kind}${q.level ? ` ${q.level}` : ''}:${q.achievedOn}`).join('; '),
    ],
    ['version', (s) => s.version],
  ),
});

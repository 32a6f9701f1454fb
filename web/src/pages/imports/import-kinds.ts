import type { ImportKind } from '../../api/import-types';
import { may, type Action, type Role } from '../../session/access';

/** `either`: one of a pair is required, not both (who a row is about, by HR's number or cadre's id). */
export type ColumnNeed = 'required' | 'optional' | 'either';

export interface ImportColumn {
  name: string;
  need: ColumnNeed;
  meaning: string;
}

export interface ImportKindInfo {
  kind: ImportKind;
  label: string;
  /** The write the API's route asks for (its `@Roles`). */
  action: Action;
  columns: ImportColumn[];
}

const column = (name: string, required: boolean, meaning: string): ImportColumn => ({
  name,
  need: required ? 'required' : 'optional',
  meaning,
});
const WHO: ImportColumn[] = [
  { name: 'employee_number', need: 'either', meaning: 'Who: the number the staff file gave them' },
  { name: 'staff_id', need: 'either', meaning: 'Or who, by cadre’s id, for someone hired in cadre itself' },
];

/** The columns of docs/imports.md, in the order to import the kinds: later files name people an earlier one hired. */
export const IMPORT_KIND_INFO: ImportKindInfo[] = [
  {
    kind: 'staff',
    label: 'Staff',
    action: 'staff.write',
    columns: [
      column('employee_number', true, 'HR’s key for the person: letters, digits and . _ / -'),
      column('name', true, 'Full name'),
      column('borough', true, 'LBHF, RBKC or WCC'),
      column(
        'role',
        true,
        'social-worker, practitioner, frontline-manager, practice-leader, clinician or head-of-clinical-practice',
      ),
      column('fte', true, 'More than 0, at most 1, two decimals'),
      column('started_on', true, 'First day of employment'),
      column('registration_number', false, 'Social Work England number SW…, with registered_on'),
      column('registered_on', false, 'With registration_number'),
      column('left_on', false, 'The person has left, with leaving_reason'),
      column('leaving_reason', false, 'With left_on'),
    ],
  },
  {
    kind: 'qualifications',
    label: 'Qualifications',
    action: 'staff.write',
    columns: [
      ...WHO,
      column('kind', true, 'social-work-registration, systemic-level or family-therapy'),
      column('achieved_on', true, 'When it was achieved'),
      column('evidence_ref', true, 'Where the evidence is kept'),
      column('registration_number', false, 'Required for social-work-registration'),
      column('level', false, '1 to 4, required for systemic-level (a level completed elsewhere)'),
    ],
  },
  {
    kind: 'enrolments',
    label: 'Enrolments (training history)',
    action: 'staff.write',
    columns: [
      ...WHO,
      column('level', true, '1 to 4'),
      column('provider', true, 'The cohort’s provider'),
      column('starts_on', true, 'The cohort’s start'),
      column('ends_on', true, 'The cohort’s end'),
      column('capacity', true, 'The cohort’s places'),
      column('cohort_name', false, 'Default: Systemic Year N, provider, start date'),
      column('enrolled_on', true, 'When the person was enrolled'),
      column('outcome', false, 'completed, failed, withdrawn or deferred; empty while still training'),
      column('outcome_on', false, 'With outcome'),
      column('outcome_reason', false, 'Recorded with the outcome'),
    ],
  },
  {
    kind: 'posts',
    label: 'Posts',
    action: 'posts.write',
    columns: [
      column('post_ref', true, 'The council’s post reference'),
      column('title', true, 'The post’s title'),
      column('kind', true, 'clinician, head-of-clinical-practice or social-work'),
      column('borough', true, 'LBHF, RBKC or WCC'),
      column('wte', true, 'More than 0, at most 1, two decimals'),
      column('funded_by', true, 'dfe or council'),
      column('annual_cost', true, 'Pounds: 60000, 60000.00 or £60,000.00'),
      column('established_on', true, 'When the post was established'),
      column('holder_employee_number', false, 'Who holds it, with holder_from'),
      column('holder_from', false, 'First day in post'),
    ],
  },
];

/** The kinds a user may import, as the API's routes allow their roles. */
export const importKindsFor = (roles: readonly Role[]): ImportKindInfo[] =>
  IMPORT_KIND_INFO.filter((k) => may(roles, k.action));

/**
 * What each role may see and do, mirroring the API's `@Roles(...)` (README "What it answers"): the
 * navigation shows only the pages a role needs, and write actions appear only for roles the API
 * lets write. The server still decides; this only keeps people from meeting refusals.
 */
export const ROLES = ['admin', 'hr', 'clinical-lead', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export type Action =
  'staff.write' | 'posts.write' | 'caseloads.write' | 'centre.write' | 'audit.verify' | 'admin.projections';

const WRITERS: Record<Action, Role[]> = {
  'staff.write': ['hr', 'admin'],
  'posts.write': ['clinical-lead', 'admin'],
  'caseloads.write': ['clinical-lead', 'admin'],
  'centre.write': ['clinical-lead', 'admin'],
  'audit.verify': ['auditor', 'admin'],
  'admin.projections': ['admin'],
};

export const may = (roles: readonly Role[], action: Action): boolean => WRITERS[action].some((r) => roles.includes(r));

export interface NavItem {
  to: string;
  label: string;
}

export interface NavSection {
  title: string;
  roles: Role[];
  items: NavItem[];
}

export const SECTIONS: NavSection[] = [
  {
    title: 'People',
    roles: ['hr', 'admin', 'auditor', 'clinical-lead'],
    items: [
      { to: '/staff', label: 'Staff' },
      { to: '/cohorts', label: 'Cohorts' },
    ],
  },
  {
    title: 'Tapering',
    roles: ['clinical-lead', 'admin', 'auditor'],
    items: [
      { to: '/dashboard', label: 'Dashboard' },
      { to: '/funding', label: 'Funding' },
      { to: '/posts', label: 'Posts' },
      { to: '/caseloads', label: 'Caseloads' },
    ],
  },
  {
    // Everyone signed in may read the Centre; HR's work does not need it, so HR's navigation leaves it out.
    title: 'Centre for Social Work',
    roles: ['clinical-lead', 'admin', 'auditor'],
    items: [
      { to: '/centre', label: 'Intakes and councils' },
      { to: '/centre-finances', label: 'Invoices and finances' },
    ],
  },
  {
    // Each kind's route has its writers' roles (staff files hr/admin, posts clinical-lead/admin); auditors only read.
    title: 'Data',
    roles: ['hr', 'clinical-lead', 'admin'],
    items: [{ to: '/imports', label: 'Imports' }],
  },
  {
    title: 'Audit',
    roles: ['auditor', 'admin'],
    items: [
      { to: '/audit/events', label: 'Event log' },
      { to: '/audit/timeline', label: 'Timeline' },
      { to: '/audit/verify', label: 'Verify' },
    ],
  },
  {
    title: 'Administration',
    roles: ['admin'],
    items: [{ to: '/admin/projections', label: 'Projections' }],
  },
];

export const sectionsFor = (roles: readonly Role[]): NavSection[] =>
  SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r)));

/**
 * Pages every signed-in role may open from a link, though not in their navigation: timelines and a
 * person's caseload (from their staff page), as the API lets every role read them. The board itself
 * stays in Tapering.
 */
const LINKED_FOR_ALL = [/^\/audit\/timeline(\/|$)/, /^\/caseloads\/[^/]+$/];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Whether a path belongs to a section the roles see (a person's page belongs to Staff, and so on). */
export const mayVisit = (roles: readonly Role[], path: string): boolean =>
  (roles.length > 0 && LINKED_FOR_ALL.some((p) => p.test(path))) ||
  sectionsFor(roles).some((s) => s.items.some((i) => under(path, i.to)));

/** Where a role starts after signing in. */
export const homeFor = (roles: readonly Role[]): string => {
  if (roles.includes('hr') || roles.includes('admin')) return '/staff';
  if (roles.includes('clinical-lead')) return '/dashboard';
  if (roles.includes('auditor')) return '/audit/events';
  return '/staff';
};

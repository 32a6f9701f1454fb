import { enrolmentsLayout } from '../domain/enrolments.layout.js';
import type { ImportKind, Layout } from '../domain/layout.js';
import { postsLayout } from '../domain/posts.layout.js';
import { qualificationsLayout } from '../domain/qualifications.layout.js';
import { staffLayout } from '../domain/staff.layout.js';
import { enrolmentRows } from './enrolment-rows.js';
import { postRows } from './post-rows.js';
import { qualificationRows } from './qualification-rows.js';
import type { RowImporter } from './row-step.js';
import { staffRows } from './staff-rows.js';

export const LAYOUTS: Record<ImportKind, Layout<unknown>> = {
  staff: staffLayout,
  qualifications: qualificationsLayout,
  enrolments: enrolmentsLayout,
  posts: postsLayout,
} as Record<ImportKind, Layout<unknown>>;

export const ROW_IMPORTERS: Record<ImportKind, RowImporter<never>> = {
  staff: staffRows,
  qualifications: qualificationRows,
  enrolments: enrolmentRows,
  posts: postRows,
} as unknown as Record<ImportKind, RowImporter<never>>;

/** Who may import each kind: the roles that may send the same commands through the API. */
export const IMPORT_ROLES: Record<ImportKind, ('hr' | 'admin' | 'clinical-lead')[]> = {
  staff: ['hr', 'admin'],
  qualifications: ['hr', 'admin'],
  enrolments: ['hr', 'admin'],
  posts: ['clinical-lead', 'admin'],
};

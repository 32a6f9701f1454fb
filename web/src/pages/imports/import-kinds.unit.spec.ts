// The server's own layouts (plain TypeScript, no framework), the source the page's tables must agree with.
import { enrolmentsLayout } from '../../../../src/imports/domain/enrolments.layout';
import { IMPORT_KINDS, type ImportKind, type Layout } from '../../../../src/imports/domain/layout';
import { postsLayout } from '../../../../src/imports/domain/posts.layout';
import { qualificationsLayout } from '../../../../src/imports/domain/qualifications.layout';
import { staffLayout } from '../../../../src/imports/domain/staff.layout';
import { IMPORT_KIND_INFO, importKindsFor } from './import-kinds';

const LAYOUTS: Record<ImportKind, Layout<unknown>> = {
  staff: staffLayout,
  qualifications: qualificationsLayout,
  enrolments: enrolmentsLayout,
  posts: postsLayout,
} as Record<ImportKind, Layout<unknown>>;

/**
 * The web app's Imports page describes each kind's columns from its own table (the browser build
 * cannot import server code). The names, what is required and who may import must stay what the
 * server's layouts and routes say, or the page would teach people to write files the server refuses.
 */
describe('the Imports page’s column tables', () => {
  it('lists every kind, in the order to import them', () => {
    expect(IMPORT_KIND_INFO.map((k) => k.kind)).toEqual([...IMPORT_KINDS]);
  });

  it.each([...IMPORT_KINDS])('names the %s layout’s columns, required as the server requires them', (kind) => {
    const web = IMPORT_KIND_INFO.find((k) => k.kind === kind)!;
    const server = LAYOUTS[kind].columns.map((c) => [c.name, c.required === true]);
    // Either of a pair (employee_number or staff_id) is optional to the layout, which checks the pair itself.
    expect(web.columns.map((c) => [c.name, c.need === 'required']).sort()).toEqual(server.sort());
  });

  it('offers people files to hr and admins, posts files to clinical leads and admins, nothing to auditors', () => {
    const offered = (role: 'admin' | 'hr' | 'clinical-lead' | 'auditor') => importKindsFor([role]).map((k) => k.kind);
    expect(offered('hr')).toEqual(['staff', 'qualifications', 'enrolments']);
    expect(offered('clinical-lead')).toEqual(['posts']);
    expect(offered('admin')).toEqual([...IMPORT_KINDS]);
    expect(offered('auditor')).toEqual([]);
  });
});

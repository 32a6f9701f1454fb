import { may, mayVisit, sectionsFor } from './access';

const titles = (roles: Parameters<typeof sectionsFor>[0]) => sectionsFor(roles).map((s) => s.title);

describe('what each role sees', () => {
  it('gives each role its own sections', () => {
    expect(titles(['hr'])).toEqual(['People', 'Data']);
    expect(titles(['clinical-lead'])).toEqual(['People', 'Tapering', 'Centre for Social Work', 'Data']);
    expect(titles(['auditor'])).toEqual(['People', 'Tapering', 'Centre for Social Work', 'Audit']);
    expect(titles(['admin'])).toEqual([
      'People',
      'Tapering',
      'Centre for Social Work',
      'Data',
      'Audit',
      'Administration',
    ]);
  });

  it('lets only the API’s writers write', () => {
    expect(may(['auditor'], 'staff.write')).toBe(false);
    expect(may(['auditor'], 'posts.write')).toBe(false);
    expect(may(['hr'], 'staff.write')).toBe(true);
    expect(may(['hr'], 'posts.write')).toBe(false);
    expect(may(['clinical-lead'], 'posts.write')).toBe(true);
    expect(may(['clinical-lead'], 'caseloads.write')).toBe(true);
    expect(may(['admin'], 'caseloads.write')).toBe(true);
    expect(may(['hr'], 'caseloads.write')).toBe(false);
    expect(may(['auditor'], 'caseloads.write')).toBe(false);
    expect(may(['clinical-lead'], 'centre.write')).toBe(true);
    expect(may(['admin'], 'centre.write')).toBe(true);
    expect(may(['auditor'], 'centre.write')).toBe(false);
    expect(may(['hr'], 'centre.write')).toBe(false);
  });

  it('keeps pages outside the navigation closed, except timelines and caseloads reached by a link', () => {
    expect(mayVisit(['hr'], '/dashboard')).toBe(false);
    expect(mayVisit(['hr'], '/caseloads')).toBe(false);
    expect(mayVisit(['hr'], '/centre')).toBe(false);
    expect(mayVisit(['clinical-lead'], '/caseloads')).toBe(true);
    expect(mayVisit(['auditor'], '/centre-finances')).toBe(true);
    expect(mayVisit(['auditor'], '/centre/4/councils/1')).toBe(true);
    expect(mayVisit(['hr'], '/centre/4/attendance')).toBe(false);
    expect(mayVisit(['hr'], '/staff/123')).toBe(true);
    expect(mayVisit(['hr'], '/audit/timeline/post/1')).toBe(true);
    expect(mayVisit(['hr'], '/audit/verify')).toBe(false);
    expect(mayVisit(['hr'], '/imports')).toBe(true);
    expect(mayVisit(['clinical-lead'], '/imports')).toBe(true);
    expect(mayVisit(['auditor'], '/imports')).toBe(false);
    expect(mayVisit([], '/audit/timeline/post/1')).toBe(false);
    expect(mayVisit(['hr'], '/caseloads/123')).toBe(true);
    expect(mayVisit(['hr'], '/caseloads/123/more')).toBe(false);
    expect(mayVisit([], '/caseloads/123')).toBe(false);
    expect(mayVisit(['hr'], '/audit/timelines')).toBe(false);
  });
});

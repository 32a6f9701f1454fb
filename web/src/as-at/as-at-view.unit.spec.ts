import { carriesAsAt, cutTimeline, readQuery } from './as-at-view';

describe('the as-at view on read requests', () => {
  const view = { asAt: '2018-06-30', knownAt: '2018-07-01T09:00:00.000Z' };

  it('adds asAt and knownAt to every read-model read', () => {
    expect(readQuery('/api/dashboard/tapering', { borough: 'WCC' }, view)).toBe(
      '?borough=WCC&asAt=2018-06-30&knownAt=2018-07-01T09%3A00%3A00.000Z',
    );
    for (const path of [
      '/api/staff',
      '/api/staff/abc',
      '/api/cohorts/x',
      '/api/reports/pipeline',
      '/api/posts',
      '/api/plan/funding',
      '/api/caseloads',
      '/api/caseloads/capacity',
      '/api/centre/intakes/2/councils',
      '/api/centre/finances',
    ])
      expect(carriesAsAt(path)).toBe(true);
  });

  it('leaves stream histories, the event log and the admin pages alone', () => {
    for (const path of [
      '/api/staff/abc/history',
      '/api/posts/x/history',
      '/api/staff/abc/caseload/history',
      '/api/audit/events',
      '/api/admin/projections',
    ])
      expect(carriesAsAt(path)).toBe(false);
    expect(readQuery('/api/audit/events', { type: 'StaffHired', actor: '' }, view)).toBe('?type=StaffHired');
  });

  it('sends nothing extra when the view is today', () => {
    expect(readQuery('/api/staff', { page: 2 }, {})).toBe('?page=2');
  });

  it('cuts a timeline at knownAt and marks what takes effect after asAt', () => {
    const entries = [
      { recordedAt: '2018-05-01T10:00:00Z', effectiveOn: '2018-05-01' },
      { recordedAt: '2018-06-01T10:00:00Z', effectiveOn: '2018-09-01' },
      { recordedAt: '2018-08-01T10:00:00Z', effectiveOn: '2018-08-01' },
    ];
    expect(cutTimeline(entries, view).map((e) => [e.effectiveOn, e.afterAsAt])).toEqual([
      ['2018-05-01', false],
      ['2018-09-01', true],
    ]);
  });
});

import { DEFAULT_WORKLOAD, generateWorkload } from './generate-workload.js';

/** The generator itself: deterministic, the promised size, and internally consistent. */
describe('generateWorkload', () => {
  const workload = generateWorkload(DEFAULT_WORKLOAD);

  it('makes 5,000 staff and 200 cohorts over four programme years', () => {
    expect(workload.people).toBe(5000);
    expect(workload.cohorts).toBe(200);
    expect(workload.commands.filter((c) => c.kind === 'hire')).toHaveLength(5000);
    const starts = workload.commands.flatMap((c) => (c.kind === 'schedule' ? [c.startsOn.slice(0, 4)] : []));
    expect([...new Set(starts)]).toEqual(['2016', '2017', '2018', '2019']);
  });

  it('is the same workload for the same seed, and another for another seed', () => {
    expect(generateWorkload({ ...DEFAULT_WORKLOAD, staff: 300, cohortsPerYear: 8 })).toEqual(
      generateWorkload({ ...DEFAULT_WORKLOAD, staff: 300, cohortsPerYear: 8 }),
    );
    expect(generateWorkload({ ...DEFAULT_WORKLOAD, seed: 7, staff: 300 }).commands).not.toEqual(
      generateWorkload({ ...DEFAULT_WORKLOAD, staff: 300 }).commands,
    );
  });

  it('exercises waiting lists, promotions, refusals, moves, lapses and leavers', () => {
    const count = (predicate: (c: (typeof workload.commands)[number]) => boolean) =>
      workload.commands.filter(predicate).length;
    expect(
      count((c) => c.kind === 'enrol' && 'status' in c.expect && c.expect.status === 'waitlisted'),
    ).toBeGreaterThan(100);
    expect(count((c) => c.kind === 'enrol' && 'error' in c.expect)).toBeGreaterThan(10);
    expect(workload.promotions).toBeGreaterThan(100);
    expect(workload.skips).toBeGreaterThan(0);
    for (const kind of ['change', 'lapse', 'leave', 'qualify'] as const)
      expect(count((c) => c.kind === kind)).toBeGreaterThan(10);
  });

  it('expects totals that are the sum of the boroughs, with people in training and dual qualified', () => {
    for (const report of workload.expected) {
      const boroughs = Object.values(report.boroughs);
      report.total.levels.forEach((level, i) => {
        expect(boroughs.reduce((sum, b) => sum + b.levels[i].completedEver, 0)).toBe(level.completedEver);
        expect(boroughs.reduce((sum, b) => sum + b.levels[i].inTraining, 0)).toBe(level.inTraining);
      });
    }
    const last = workload.expected[workload.expected.length - 1].total;
    expect(last.levels.every((l) => l.inTraining > 0 || l.level === 1)).toBe(true);
    expect(last.dualQualified.headcount).toBeGreaterThan(50);
  });
});

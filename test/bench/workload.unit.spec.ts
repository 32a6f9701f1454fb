import { describe, expect, it } from '@jest/globals';
import { fold } from '../../src/shared/decider.js';
import type { StaffEvent } from '../../src/staff/domain/staff.events.js';
import { evolveStaff, initialStaffState } from '../../src/staff/domain/staff.state.js';
import type { CohortEvent } from '../../src/training/domain/cohort.events.js';
import { evolveCohort, initialCohortState } from '../../src/training/domain/cohort.state.js';
import { percentile } from '../../bench/report.js';
import { Intake } from '../../bench/workload.js';

const eventsOf = (intake: Intake) => [...intake.phases()].flatMap((phase) => phase.steps.flat());

/**
 * The bench fills the store through the real deciders. If a rule changes so that the generated
 * commands are refused, the bench would silently measure a thinner workload: these catch it.
 */
describe('bench workload', () => {
  const intake = new Intake(0, 200, 1);
  const appends = eventsOf(intake);
  const types = new Set(appends.flatMap((a) => a.events.map((e) => e.type)));

  it('is accepted by the deciders, decision after decision', () => {
    expect(intake.refused).toBe(0);
  });

  it('covers the staff and cohort events the projections handle', () => {
    for (const type of [
      'StaffHired',
      'StaffDetailsChanged',
      'StaffLeft',
      'QualificationRecorded',
      'SystemicLevelCompleted',
      'EnrolmentStarted',
      'EnrolmentEnded',
      'DualQualificationAttained',
      'CohortScheduled',
      'PersonEnrolled',
      'PersonWaitlisted',
      'EnrolmentOutcomeRecorded',
      'WaitlistedPersonPromoted',
    ])
      expect(types).toContain(type);
  });

  it('writes streams that fold from the start: a hire or a schedule comes first', () => {
    const byStream = new Map<string, string[]>();
    for (const a of appends)
      byStream.set(a.streamId, [...(byStream.get(a.streamId) ?? []), ...a.events.map((e) => e.type)]);
    for (const [streamId, events] of byStream)
      expect([streamId.split('-')[0], events[0]]).toEqual(
        streamId.startsWith('staff-') ? ['staff', 'StaffHired'] : ['cohort', 'CohortScheduled'],
      );
    const staff = appends.filter((a) => a.streamId.startsWith('staff-'));
    const cohorts = appends.filter((a) => a.streamId.startsWith('cohort-'));
    expect(fold(evolveStaff, initialStaffState, staff[0].events as StaffEvent[]).status).toBe('active');
    expect(fold(evolveCohort, initialCohortState, cohorts[0].events as CohortEvent[]).status).toBe('scheduled');
  });

  it('is the same workload for the same seed, and another for another seed', () => {
    const again = eventsOf(new Intake(0, 200, 1));
    const other = eventsOf(new Intake(0, 200, 2));
    expect(JSON.stringify(again)).toBe(JSON.stringify(appends));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(appends));
  });
});

describe('bench percentile', () => {
  it('takes the nearest rank', () => {
    const sample = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect([percentile(sample, 50), percentile(sample, 99), percentile(sample, 10)]).toEqual([5, 10, 1]);
    expect(percentile([], 50)).toBeNaN();
  });
});

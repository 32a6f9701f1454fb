import { twoYearPlan } from '../plan/domain/plan.fixtures.js';
import type { RecordedEvent } from '../shared/event.js';
import { effectiveDateOf } from './effective-date.js';

const recorded = (type: string, data: Record<string, unknown>, recordedAt = '2018-05-01T10:00:00.000Z') =>
  ({ type, data, metadata: { actor: 'hr', correlationId: 'c', recordedAt } }) as Pick<
    RecordedEvent,
    'type' | 'data' | 'metadata'
  >;

describe('effectiveDateOf', () => {
  it('takes the business date an event carries', () => {
    expect(effectiveDateOf(recorded('SystemicLevelCompleted', { completedOn: '2018-03-31' }))).toBe('2018-03-31');
    expect(effectiveDateOf(recorded('PostVacated', { on: '2019-04-01' }))).toBe('2019-04-01');
  });

  it('dates a plan revision, and an event without a business date, by the UK day it was recorded', () => {
    // 23:30 UTC on 31 March is already 1 April in British Summer Time.
    expect(effectiveDateOf(recorded('PlanRevised', { revision: 2 }, '2018-03-31T23:30:00.000Z'))).toBe('2018-04-01');
    expect(effectiveDateOf(recorded('CohortScheduled', { startsOn: '2016-09-01' }))).toBe('2018-05-01');
    expect(effectiveDateOf(recorded('SomethingNewer', {}))).toBe('2018-05-01');
  });

  it('holds the first plan adopted from the start of its calendar, or from when it was recorded if later', () => {
    const adopted = (recordedAt: string) =>
      effectiveDateOf(recorded('PlanAdopted', { revision: 1, document: twoYearPlan() }, recordedAt));
    expect(adopted('2026-12-02T09:00:00.000Z')).toBe('2016-04-01');
    expect(adopted('2016-01-10T09:00:00.000Z')).toBe('2016-01-10');
  });
});

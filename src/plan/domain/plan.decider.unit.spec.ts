import { given } from '../../../test/support/given-when-then.js';
import type { AdoptPlan, RevisePlan } from './plan.commands.js';
import { planDecider } from './plan.decider.js';
import { PLAN_STREAM_ID } from './plan.events.js';
import { planAdopted, planRevised, twoYearPlan, withYear2Clinicians } from './plan.fixtures.js';

const adopt = (document: unknown = twoYearPlan(), reason?: string): AdoptPlan => ({
  type: 'AdoptPlan',
  document,
  ...(reason !== undefined ? { reason } : {}),
});

const revise = (document: unknown, expectedRevision: number, reason = 'Year 2 clinicians cut'): RevisePlan => ({
  type: 'RevisePlan',
  document,
  reason,
  expectedRevision,
});

const changed = withYear2Clinicians(40_000_00);

describe('the plan stream', () => {
  it('is the single Triborough plan', () => {
    expect(PLAN_STREAM_ID).toBe('plan-triborough');
  });
});

describe('AdoptPlan', () => {
  it('adopts a valid plan as revision 1 with its reason', () => {
    given(planDecider, [])
      .when(adopt(twoYearPlan(), '  Adopted from the plan file  '))
      .then([planAdopted(twoYearPlan(), 'Adopted from the plan file')]);
  });

  it('adopts without a reason', () => {
    given(planDecider, []).when(adopt()).then([planAdopted()]);
  });

  it('refuses a second adoption: a plan changes by revision', () => {
    given(planDecider, [planAdopted()]).when(adopt()).thenThrows('PLAN.ALREADY_ADOPTED', 'conflict');
  });

  it('refuses an invalid document, listing the problems', () => {
    const error = given(planDecider, [])
      .when(adopt({ ...twoYearPlan(), name: ' ' }))
      .thenThrows('PLAN.INVALID', 'invalid');
    expect(error.details).toEqual({ problems: [{ path: 'name', message: 'must be non-empty text' }] });
  });
});

describe('RevisePlan', () => {
  it('records the whole new document as the next revision, with the reason', () => {
    given(planDecider, [planAdopted()])
      .when(revise(changed, 1, ' Year 2 clinicians cut '))
      .then([planRevised(2, changed, 'Year 2 clinicians cut')]);
  });

  it('numbers revisions on from the latest', () => {
    const again = withYear2Clinicians(30_000_00);
    given(planDecider, [planAdopted(), planRevised(2, changed)])
      .when(revise(again, 2))
      .then([planRevised(3, again, 'Year 2 clinicians cut')]);
  });

  it('refuses to revise before any plan is adopted', () => {
    given(planDecider, []).when(revise(changed, 0)).thenThrows('PLAN.NOT_ADOPTED', 'not-found');
  });

  it.each(['', '   '])('requires a reason (%p)', (reason) => {
    given(planDecider, [planAdopted()])
      .when(revise(changed, 1, reason))
      .thenThrows('PLAN.REASON_REQUIRED', 'invalid');
  });

  it('refuses a revision started from an older revision', () => {
    given(planDecider, [planAdopted(), planRevised(2, changed)])
      .when(revise(withYear2Clinicians(1), 1))
      .thenThrows('PLAN.STALE_REVISION', 'conflict');
  });

  it('refuses a revision claiming to start from a revision that does not exist yet', () => {
    given(planDecider, [planAdopted()]).when(revise(changed, 2)).thenThrows('PLAN.STALE_REVISION', 'conflict');
  });

  it('refuses a missing expected revision', () => {
    given(planDecider, [planAdopted()])
      .when(revise(changed, Number.NaN))
      .thenThrows('PLAN.INVALID_REVISION', 'invalid');
  });

  it('refuses an invalid document', () => {
    given(planDecider, [planAdopted()])
      .when(revise({ ...changed, fundingLines: 'none' }, 1))
      .thenThrows('PLAN.INVALID', 'invalid');
  });

  it('refuses a document identical to the current one', () => {
    given(planDecider, [planAdopted(), planRevised(2, changed)])
      .when(revise(withYear2Clinicians(40_000_00), 2))
      .thenThrows('PLAN.NO_CHANGE', 'rule');
  });

  it('treats a different key order as no change', () => {
    const { fundingLines, name, targets, calendar, statedTotals } = twoYearPlan();
    given(planDecider, [planAdopted()])
      .when(revise({ statedTotals, fundingLines, targets, calendar, name }, 1))
      .thenThrows('PLAN.NO_CHANGE', 'rule');
  });

  it('compares with the current revision, not the first: going back is a change', () => {
    given(planDecider, [planAdopted(), planRevised(2, changed)])
      .when(revise(twoYearPlan(), 2))
      .then([planRevised(3, twoYearPlan(), 'Year 2 clinicians cut')]);
  });
});

import { ladderProgress, ladderSteps, type LadderInput } from './ladder';

const person = (over: Partial<LadderInput>): LadderInput => ({
  systemicLevel: 0,
  currentEnrolment: null,
  dualQualified: false,
  dualQualifiedOn: null,
  socialWorkRegistered: true,
  qualifications: [],
  ...over,
});

const states = (input: LadderInput) => ladderSteps(input).map((s) => `${s.label}: ${s.state}`);

describe('the ladder as a progress track', () => {
  it('shows a new starter with Year 1 as the next step', () => {
    expect(states(person({}))).toEqual([
      'Year 1: next',
      'Year 2: later',
      'Year 3: later',
      'Year 4: later',
      'Dual qualified: later',
    ]);
  });

  it('shows completed years, the year in training and the fraction done', () => {
    const steps = ladderSteps(person({ systemicLevel: 2, currentEnrolment: { level: 3, status: 'enrolled' } }));
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'in-training', 'later', 'later']);
    expect(ladderProgress(steps)).toBe(0.4);
  });

  it('shows a waiting list place as waiting', () => {
    expect(
      ladderSteps(person({ systemicLevel: 1, currentEnrolment: { level: 2, status: 'waitlisted' } }))[1].state,
    ).toBe('waiting');
  });

  it('fills the track for the dual qualified and says since when', () => {
    const steps = ladderSteps(person({ systemicLevel: 4, dualQualified: true, dualQualifiedOn: '2019-07-15' }));
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(steps[4].note).toBe('since 2019-07-15');
    expect(ladderProgress(steps)).toBe(1);
  });

  it('says what is missing for a therapist who is not a registered social worker', () => {
    expect(ladderSteps(person({ systemicLevel: 4, socialWorkRegistered: false }))[4]).toMatchObject({
      state: 'needs-registration',
      note: 'needs social work registration',
    });
  });

  it('fills the track for someone dual qualified by a prior family-therapy qualification', () => {
    const steps = ladderSteps(
      person({ dualQualified: true, dualQualifiedOn: '2015-07-01', qualifications: [{ kind: 'family-therapy' }] }),
    );
    expect(steps.map((s) => s.state)).toEqual(['not-needed', 'not-needed', 'not-needed', 'not-needed', 'done']);
    expect(ladderProgress(steps)).toBe(1);
  });
});

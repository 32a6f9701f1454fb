/** The systemic ladder as steps, Year 1 to Year 4 and then dual qualified, for the progress track. */
export type StepState = 'done' | 'in-training' | 'waiting' | 'next' | 'later' | 'not-needed' | 'needs-registration';

export interface LadderStep {
  key: string;
  label: string;
  state: StepState;
  /** Words for the state, also what a screen reader hears. */
  note: string;
}

export interface LadderInput {
  systemicLevel: number;
  currentEnrolment: { level: number; status: 'enrolled' | 'waitlisted' } | null;
  dualQualified: boolean;
  dualQualifiedOn: string | null;
  socialWorkRegistered: boolean;
  qualifications: { kind: string; level?: number }[];
}

const NOTES: Record<StepState, string> = {
  done: 'completed',
  'in-training': 'in training now',
  waiting: 'on the waiting list',
  next: 'next step',
  later: 'not started',
  'not-needed': 'not needed: dual qualified by a prior qualification',
  'needs-registration': 'needs social work registration',
};

export function ladderSteps(person: LadderInput): LadderStep[] {
  const familyTherapy = person.qualifications.some((q) => q.kind === 'family-therapy');
  const steps: LadderStep[] = [1, 2, 3, 4].map((level) => {
    let state: StepState;
    if (level <= person.systemicLevel) state = 'done';
    else if (person.currentEnrolment?.level === level)
      state = person.currentEnrolment.status === 'enrolled' ? 'in-training' : 'waiting';
    else if (person.dualQualified) state = 'not-needed';
    else if (level === person.systemicLevel + 1) state = 'next';
    else state = 'later';
    return { key: `year-${level}`, label: `Year ${level}`, state, note: NOTES[state] };
  });
  const therapist = person.systemicLevel >= 4 || familyTherapy;
  const final: StepState = person.dualQualified
    ? 'done'
    : therapist && !person.socialWorkRegistered
      ? 'needs-registration'
      : 'later';
  steps.push({
    key: 'dual',
    label: 'Dual qualified',
    state: final,
    note: final === 'done' && person.dualQualifiedOn ? `since ${person.dualQualifiedOn}` : NOTES[final],
  });
  return steps;
}

/** Fraction of the track filled: each completed step is a fifth, and the end of the track is all of it. */
export const ladderProgress = (steps: readonly LadderStep[]): number =>
  steps.at(-1)?.state === 'done' ? 1 : steps.filter((s) => s.state === 'done').length / steps.length;

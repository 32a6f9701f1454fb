import fc from 'fast-check';
import { addDays } from '../../../src/shared/iso-days.js';

/**
 * Generated histories for the "as at" property test: a few people, cohorts and posts, and a
 * sequence of commands against them with business dates drawn independently of when each is
 * recorded, so late records (dated long before they are entered) and forward-dated ones are
 * common. Many commands break a rule and are refused: the domain decides what a history can hold.
 */
export const DAY_ZERO = '2016-01-01';
/** Business dates and recording instants both fall within this many days from DAY_ZERO. */
export const SPAN_DAYS = 1100;

export const dayOf = (offset: number): string => addDays(DAY_ZERO, offset);

export type StepBody =
  | {
      kind: 'hire';
      role: 'social-worker' | 'clinician' | 'practitioner';
      borough: 'LBHF' | 'RBKC' | 'WCC';
      fte: number;
      startedOn: number;
      registeredOn: number | null;
    }
  | { kind: 'change'; person: number; effectiveOn: number; fte: number | null; borough: 'LBHF' | 'WCC' | null }
  | { kind: 'leave'; person: number; leftOn: number }
  | { kind: 'qualify'; person: number; what: 'family-therapy' | 'registration' | 'level'; level: number; on: number }
  | { kind: 'lapse'; person: number; on: number }
  | { kind: 'schedule'; level: number; startsOn: number; scheduledBefore: number | null; capacity: number }
  /** `after`: days from the cohort's start (negative: before it). */
  | { kind: 'enrol'; person: number; cohort: number; after: number }
  /** On one of the enrolments made so far; `after`: days from its cohort's start. */
  | { kind: 'outcome'; enrolment: number; outcome: string; after: number }
  | {
      kind: 'establish';
      post: 'clinician' | 'social-work' | 'head-of-clinical-practice';
      borough: 'LBHF' | 'RBKC' | 'WCC';
      wte: number;
      on: number;
    }
  /** `after`: days from the post's establishment. */
  | { kind: 'appoint'; post: number; person: number; after: number }
  | { kind: 'vacate'; post: number; on: number }
  /** One of the clinician posts into one of the social work posts. */
  | { kind: 'integrate'; post: number; into: number; on: number }
  | { kind: 'disestablish'; post: number; on: number }
  | { kind: 'revise'; year: number; integratedWte: number; clinicianCap: number | null }
  /** Caseloads: a count as at a day, cases allocated or closed on a day, an individual cap set or cleared. */
  | { kind: 'count'; person: number; on: number; openCases: number }
  | { kind: 'move'; person: number; on: number; cases: number }
  | { kind: 'cap'; person: number; from: number; maxOpenCases: number | null };

/** A command and how long after the one before it it is recorded. */
export type Step = StepBody & { gapMinutes: number };

const day = fc.integer({ min: 0, max: SPAN_DAYS });
const ref = fc.integer({ min: 0, max: 3 });
const borough = fc.constantFrom('LBHF' as const, 'RBKC' as const, 'WCC' as const);
// Mostly minutes to days apart; now and then months, so recording runs across years too.
const gap = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 3 * 24 * 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 3 * 24 * 60, max: 120 * 24 * 60 }) },
);

// People start early in the span, so most later commands fall within their employment.
const early = fc.integer({ min: 0, max: 400 });

const hire = fc.record({
  kind: fc.constant('hire' as const),
  role: fc.constantFrom('social-worker' as const, 'clinician' as const, 'practitioner' as const),
  borough,
  fte: fc.constantFrom(50, 80, 100),
  startedOn: early,
  registeredOn: fc.option(early, { freq: 2 }),
});

const schedule = fc.record({
  kind: fc.constant('schedule' as const),
  // Mostly foundation cohorts, which anyone may join; higher levels need the level below.
  level: fc.constantFrom(1, 1, 1, 2, 3, 4),
  startsOn: day,
  scheduledBefore: fc.option(fc.integer({ min: 0, max: 200 })),
  capacity: fc.integer({ min: 1, max: 2 }),
});

const establish = fc.record({
  kind: fc.constant('establish' as const),
  post: fc.constantFrom('clinician' as const, 'social-work' as const, 'head-of-clinical-practice' as const),
  borough,
  wte: fc.constantFrom(50, 100),
  on: early,
});

/** Commands on what the cast created (and, now and then, more of the cast). */
const step: fc.Arbitrary<StepBody> = fc.oneof(
  { weight: 1, arbitrary: hire },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('change' as const),
      person: ref,
      effectiveOn: day,
      fte: fc.option(fc.constantFrom(60, 100)),
      borough: fc.option(fc.constantFrom('LBHF' as const, 'WCC' as const)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), person: ref, leftOn: day }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('qualify' as const),
      person: ref,
      what: fc.constantFrom('family-therapy' as const, 'registration' as const, 'level' as const),
      level: fc.integer({ min: 1, max: 4 }),
      on: day,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lapse' as const), person: ref, on: day }) },
  { weight: 1, arbitrary: schedule },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('enrol' as const),
      person: ref,
      cohort: ref,
      after: fc.integer({ min: -90, max: 200 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('outcome' as const),
      enrolment: ref,
      outcome: fc.constantFrom('completed', 'completed', 'failed', 'withdrawn', 'deferred'),
      after: fc.integer({ min: 0, max: 300 }),
    }),
  },
  { weight: 1, arbitrary: establish },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('appoint' as const),
      post: ref,
      person: ref,
      after: fc.integer({ min: 0, max: 600 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('vacate' as const), post: ref, on: day }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('integrate' as const), post: ref, into: ref, on: day }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('disestablish' as const), post: ref, on: day }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('revise' as const),
      year: fc.integer({ min: 1, max: 4 }),
      integratedWte: fc.constantFrom(0, 600, 1200),
      // The cap of social-work-registered clinicians, or the plan's caseload section left as it was.
      clinicianCap: fc.option(fc.integer({ min: 0, max: 4 })),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('count' as const),
      person: ref,
      on: day,
      openCases: fc.integer({ min: 0, max: 12 }),
    }),
  },
  {
    weight: 5,
    // Negative: closures. Small numbers, so closures now and then go below zero and are refused.
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      person: ref,
      on: day,
      cases: fc.integer({ min: -4, max: 5 }).filter((n) => n !== 0),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cap' as const),
      person: ref,
      from: day,
      maxOpenCases: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 }),
    }),
  },
);

/**
 * Where to cut: a business date, a known instant, or both (or neither: now). The instant is a
 * point in the history's own recording, in thousandths from its first record to its last.
 */
export interface CutChoice {
  asAt: number | null;
  knownAtPermille: number | null;
}

const cut: fc.Arbitrary<CutChoice> = fc.record({
  asAt: fc.option(day, { freq: 3 }),
  knownAtPermille: fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 2 }),
});

export interface History {
  steps: Step[];
  cuts: CutChoice[];
}

const timed = (body: fc.Arbitrary<StepBody>) =>
  fc.tuple(body, gap).map(([b, gapMinutes]): Step => ({ ...b, gapMinutes }));

/** A cast (two or three people, a cohort or two, one to three posts), then what happens to them. */
export const historyArbitrary: fc.Arbitrary<History> = fc
  .record({
    cast: fc.tuple(
      fc.array(timed(hire), { minLength: 2, maxLength: 3 }),
      fc.array(timed(schedule), { minLength: 1, maxLength: 2 }),
      fc.array(timed(establish), { minLength: 1, maxLength: 3 }),
    ),
    actions: fc.array(timed(step), { minLength: 8, maxLength: 16 }),
    cuts: fc.array(cut, { minLength: 2, maxLength: 2 }),
  })
  .map(({ cast, actions, cuts }) => ({ steps: [...cast.flat(), ...actions], cuts }));

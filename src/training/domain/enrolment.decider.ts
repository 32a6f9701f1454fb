import { DomainError, invalid } from '../../shared/domain-error.js';
import { fold } from '../../shared/decider.js';
import type { IsoDate } from '../../shared/values.js';
import { withDualQualification } from '../../staff/domain/dual-qualification.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { requireActive, requireDate, requireHired, requireOnOrAfterStart } from '../../staff/domain/staff.guards.js';
import { hasCompletedLevel, type StaffState } from '../../staff/domain/staff.state.js';
import type { EnrolInCohort, RecordEnrolmentOutcome } from './cohort.commands.js';
import { requireScheduled } from './cohort.decider.js';
import { isEnrolmentOutcome, type CohortEvent } from './cohort.events.js';
import { entryOf, evolveCohort, placesLeft, waitingList, type CohortState } from './cohort.state.js';
import { ineligibility, ineligibilityError } from './eligibility.js';

/**
 * Enrolment spans two aggregates, the person (`staff-<id>`) and the cohort (`cohort-<id>`). The
 * handler loads both, decides here, and appends to both streams in one atomic multi-stream append
 * with the expected version of each, so two people taking the last place cannot both get it.
 *
 * The person's stream holds EnrolmentStarted/Ended so that the rule "one open enrolment at a
 * time, of any level" is decided from the person's own state.
 */
export interface EnrolmentDecision {
  staff: StaffEvent[];
  cohort: CohortEvent[];
}

/**
 * An outcome may touch more than two streams: the cohort, the person, and each waitlisted person
 * passed over or promoted. `staff` is keyed by staff id (stream `staffStreamId(id)`), the person
 * whose outcome it is first, then the waiting list in the order examined. Append all of them,
 * with their expected versions, in one multi-stream append.
 */
export interface OutcomeDecision {
  staff: Record<string, StaffEvent[]>;
  cohort: CohortEvent[];
}

const INVALID_DATE = 'TRAINING.INVALID_DATE';

/** The cohort's dates, carried on the person's EnrolmentStarted. */
const runOf = (cohort: CohortState) => ({ cohortStartsOn: cohort.startsOn, cohortEndsOn: cohort.endsOn });

export const decideEnrolment = (command: EnrolInCohort, staff: StaffState, cohort: CohortState): EnrolmentDecision => {
  requireScheduled(cohort);
  requireHired(staff);
  const on = requireDate(command.enrolledOn, 'enrolledOn', INVALID_DATE);
  requireActive(staff);
  requireOnOrAfterStart(staff, on, 'enrolledOn');
  if (on > cohort.endsOn) throw new DomainError('COHORT.ALREADY_ENDED', `the cohort ended on ${cohort.endsOn}`);
  const { cohortId, level } = cohort;
  const staffId = staff.staffId;

  const entry = entryOf(cohort, staffId);
  if (entry?.status === 'enrolled')
    throw new DomainError('TRAINING.ALREADY_ENROLLED', 'already enrolled in this cohort');
  if (entry?.status === 'waitlisted') {
    throw new DomainError('TRAINING.ALREADY_WAITLISTED', 'already on the waiting list of this cohort');
  }
  // After a withdrawal or deferral the person may come back to the same cohort; not after an ending.
  if (entry?.status === 'closed' && (entry.outcome === 'completed' || entry.outcome === 'failed')) {
    throw new DomainError('TRAINING.OUTCOME_ALREADY_RECORDED', `this cohort already ended for them: ${entry.outcome}`);
  }
  const reason = ineligibility(staff, level);
  if (reason) throw ineligibilityError(reason, staff, level);

  if (placesLeft(cohort) > 0) {
    return {
      staff: [
        { type: 'EnrolmentStarted', data: { staffId, cohortId, level, status: 'enrolled', on, ...runOf(cohort) } },
      ],
      cohort: [{ type: 'PersonEnrolled', data: { cohortId, staffId, level, enrolledOn: on } }],
    };
  }
  // A full cohort puts the person at the end of its waiting list, first come first served.
  return {
    staff: [
      { type: 'EnrolmentStarted', data: { staffId, cohortId, level, status: 'waitlisted', on, ...runOf(cohort) } },
    ],
    cohort: [{ type: 'PersonWaitlisted', data: { cohortId, staffId, level, waitlistedOn: on } }],
  };
};

/**
 * The freed place goes to the first on the waiting list who can still take it. Someone who has
 * since left, enrolled elsewhere, or completed the level another way is passed over (and taken
 * off this waiting list, on both streams) and the next is examined; those after the promoted
 * person are not examined at all. `waitlisted` must hold the state of everyone on the list.
 */
const promoteFirstEligible = (cohort: CohortState, on: IsoDate, waitlisted: Readonly<Record<string, StaffState>>) => {
  const { cohortId, level } = cohort;
  const decision: OutcomeDecision = { staff: {}, cohort: [] };
  for (const staffId of waitingList(cohort)) {
    const person = waitlisted[staffId];
    if (!person) throw new Error(`decideOutcome needs the state of waitlisted person ${staffId}`);
    const reason = ineligibility(person, level);
    if (reason) {
      decision.cohort.push({ type: 'WaitlistedPersonSkipped', data: { cohortId, staffId, level, on, reason } });
      // Written even to a leaver's stream: it closes their waiting-list place, it changes nothing about them.
      decision.staff[staffId] = [
        { type: 'EnrolmentEnded', data: { staffId, cohortId, level, outcome: 'removed-from-waitlist', on } },
      ];
      continue;
    }
    decision.cohort.push({ type: 'WaitlistedPersonPromoted', data: { cohortId, staffId, level, promotedOn: on } });
    decision.staff[staffId] = [
      { type: 'EnrolmentStarted', data: { staffId, cohortId, level, status: 'enrolled', on, ...runOf(cohort) } },
    ];
    break;
  }
  return decision;
};

export const decideOutcome = (
  command: RecordEnrolmentOutcome,
  staff: StaffState,
  cohort: CohortState,
  waitlisted: Readonly<Record<string, StaffState>> = {},
): OutcomeDecision => {
  requireScheduled(cohort);
  // Not requireActive: the outcome of a course taken before leaving is still recorded, and a
  // leaver's withdrawal is what frees their place.
  requireHired(staff);
  const outcome = command.outcome;
  if (!isEnrolmentOutcome(outcome)) {
    throw invalid('TRAINING.INVALID_OUTCOME', 'outcome is completed, failed, withdrawn or deferred');
  }
  const on = requireDate(command.on, 'on', INVALID_DATE);
  const { cohortId, level } = cohort;
  const staffId = staff.staffId;

  const entry = entryOf(cohort, staffId);
  if (!entry || (entry.status === 'closed' && entry.outcome === 'skipped')) {
    throw new DomainError('TRAINING.NOT_ENROLLED', 'not enrolled in this cohort');
  }
  if (entry.status === 'closed') {
    throw new DomainError('TRAINING.OUTCOME_ALREADY_RECORDED', `outcome already recorded: ${entry.outcome}`);
  }
  // Someone waiting for a place can leave the list (withdraw, defer) but not complete or fail.
  if (entry.status === 'waitlisted' && (outcome === 'completed' || outcome === 'failed')) {
    throw new DomainError('TRAINING.NOT_ENROLLED', 'on the waiting list, not enrolled');
  }
  if (on < entry.since) throw new DomainError('TRAINING.OUTCOME_BEFORE_ENROLMENT', `enrolled on ${entry.since}`);

  const reason = command.reason?.trim() ? { reason: command.reason.trim() } : {};
  const recorded: CohortEvent = {
    type: 'EnrolmentOutcomeRecorded',
    data: { cohortId, staffId, level, outcome, from: entry.status, on, ...reason },
  };
  const personEvents: StaffEvent[] = [{ type: 'EnrolmentEnded', data: { staffId, cohortId, level, outcome, on } }];
  // Completing level N completes it for the person, unless prior learning recorded it meanwhile.
  if (outcome === 'completed' && !hasCompletedLevel(staff, level)) {
    personEvents.push({ type: 'SystemicLevelCompleted', data: { staffId, level, completedOn: on, cohortId } });
  }
  const decision: OutcomeDecision = {
    staff: { [staffId]: withDualQualification(staff, personEvents, on) },
    cohort: [recorded],
  };
  const freesPlace = entry.status === 'enrolled' && (outcome === 'withdrawn' || outcome === 'deferred');
  if (!freesPlace) return decision;

  const promotion = promoteFirstEligible(fold(evolveCohort, cohort, [recorded]), on, waitlisted);
  return { staff: { ...decision.staff, ...promotion.staff }, cohort: [...decision.cohort, ...promotion.cohort] };
};

import { DomainError } from '../../shared/domain-error.js';
import type { SystemicLevel } from '../../shared/values.js';
import { hasCompletedLevel, type StaffState } from '../../staff/domain/staff.state.js';
import type { SkipReason } from './cohort.events.js';

/**
 * Why a person may not take a place at this level, or undefined when they may. Used both when
 * they ask to enrol and when a freed place reaches them on the waiting list, because their
 * situation may have changed while they waited.
 */
export const ineligibility = (staff: StaffState, level: SystemicLevel): SkipReason | undefined => {
  if (staff.status === 'left') return 'has-left';
  // One open enrolment at a time, whatever its level.
  if (staff.enrolment) return 'already-enrolled';
  if (hasCompletedLevel(staff, level)) return 'level-already-completed';
  // Level N needs level N-1 by any route (a cohort or recorded prior learning); level 1 needs nothing.
  if (level > 1 && !hasCompletedLevel(staff, (level - 1) as SystemicLevel)) return 'level-not-reached';
  return undefined;
};

export const ineligibilityError = (reason: SkipReason, staff: StaffState, level: SystemicLevel): DomainError => {
  switch (reason) {
    case 'has-left':
      return new DomainError('STAFF.HAS_LEFT', `left on ${staff.leftOn}`);
    case 'already-enrolled':
      return new DomainError('TRAINING.ALREADY_ENROLLED', 'already enrolled in an open cohort', 'rule', {
        cohortId: staff.enrolment?.cohortId,
        level: staff.enrolment?.level,
      });
    case 'level-already-completed':
      return new DomainError('TRAINING.LEVEL_ALREADY_COMPLETED', `level ${level} is already completed`);
    case 'level-not-reached':
      return new DomainError(
        'TRAINING.LEVEL_NOT_REACHED',
        `level ${level} requires level ${level - 1} completed`,
        'rule',
        {
          required: level - 1,
        },
      );
    default: {
      const _exhaustive: never = reason;
      return _exhaustive;
    }
  }
};

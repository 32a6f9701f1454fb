import { fold } from '../../shared/decider.js';
import { maxDate, type IsoDate } from '../../shared/values.js';
import type { DualQualificationAttained, DualQualificationEnded, StaffEvent } from './staff.events.js';
import { evolveStaff, type StaffState } from './staff.state.js';

/**
 * Dual qualification is derived, never typed in: a registered social worker who is also a
 * qualified systemic family therapist (level 4 completed, or a family-therapy qualification).
 */
export const isDualQualified = (state: StaffState): boolean =>
  state.registration !== undefined && (state.completedLevels[4] !== undefined || state.familyTherapyOn !== undefined);

/** The date both conditions first held together under the current registration. */
export const dualQualifiedSince = (state: StaffState): IsoDate | undefined => {
  if (!state.registration || !isDualQualified(state)) return undefined;
  const therapistOn = [state.completedLevels[4], state.familyTherapyOn].filter((d) => d !== undefined).sort()[0];
  return maxDate(state.registration.registeredOn, therapistOn as IsoDate);
};

export type DualQualificationEvent = DualQualificationAttained | DualQualificationEnded;

/**
 * The events that keep the recorded fact (`dualQualifiedOn`, set by these very events) in line
 * with the derived one. `before` is the state the decision started from; `after` is it with the
 * decision's other events applied. Comparing the recorded fact with the derived one, rather than
 * derived with derived, means a stream that somehow missed the event is put right next time.
 *
 * `on` is the decision's effective date and dates an end. A start is dated when both conditions
 * first held, which is later than `on` when facts are recorded out of order (a registration from
 * 2015 recorded after a level 4 completed in 2019 makes the person dual qualified from 2019).
 */
export const dualQualificationEvents = (
  before: StaffState,
  after: StaffState,
  on: IsoDate,
): DualQualificationEvent[] => {
  const recorded = before.dualQualifiedOn;
  const since = dualQualifiedSince(after);
  if (recorded === undefined && since !== undefined) {
    return [{ type: 'DualQualificationAttained', data: { staffId: after.staffId, on: since } }];
  }
  if (recorded !== undefined && since === undefined) {
    // An end never precedes its start, even when the lapse is dated before the attainment.
    const endedOn = maxDate(on, recorded);
    return [
      {
        type: 'DualQualificationEnded',
        data: { staffId: after.staffId, on: endedOn, reason: 'social-work-registration-lapsed' },
      },
    ];
  }
  return [];
};

/** `events` followed by whatever change in dual qualification they cause. */
export const withDualQualification = (state: StaffState, events: StaffEvent[], on: IsoDate): StaffEvent[] => [
  ...events,
  ...dualQualificationEvents(state, fold(evolveStaff, state, events), on),
];

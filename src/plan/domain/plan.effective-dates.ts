import type { IsoDate } from '../../shared/values.js';
import type { PlanEvent, PlanEventType } from './plan.events.js';

type DataOf<T extends PlanEventType> = Extract<PlanEvent, { type: T }>['data'];

/**
 * When each plan event takes effect (see STAFF_EFFECTIVE_DATES), given the UK day it was recorded.
 * The plan first adopted holds from the first day of its own calendar, however much later it was
 * entered (cadre usually arrives after a programme has begun); a revision holds from the day it
 * was recorded.
 */
export const PLAN_EFFECTIVE_DATES: {
  [T in PlanEventType]: (data: DataOf<T>, recordedOn: IsoDate) => IsoDate;
} = {
  PlanAdopted: (d, recordedOn) => {
    const start = d.document.calendar[0]?.startsOn;
    return start !== undefined && start < recordedOn ? start : recordedOn;
  },
  PlanRevised: (_d, recordedOn) => recordedOn,
};

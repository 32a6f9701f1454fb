import { CENTRE_EFFECTIVE_DATES } from '../centre/domain/centre.effective-dates.js';
import { PLAN_EFFECTIVE_DATES } from '../plan/domain/plan.effective-dates.js';
import { CASELOAD_EFFECTIVE_DATES } from '../caseloads/domain/caseload.effective-dates.js';
import { POST_EFFECTIVE_DATES } from '../posts/domain/post.effective-dates.js';
import type { RecordedEvent } from '../shared/event.js';
import { ukDateOf } from '../shared/programme-year.js';
import { isIsoDate, type IsoDate } from '../shared/values.js';
import { STAFF_EFFECTIVE_DATES } from '../staff/domain/staff.effective-dates.js';
import { COHORT_EFFECTIVE_DATES } from '../training/domain/cohort.effective-dates.js';

type Dater = (data: never, recordedOn: IsoDate) => IsoDate | null;

const DATERS: Record<string, Dater> = {
  ...STAFF_EFFECTIVE_DATES,
  ...COHORT_EFFECTIVE_DATES,
  ...POST_EFFECTIVE_DATES,
  ...PLAN_EFFECTIVE_DATES,
  ...CENTRE_EFFECTIVE_DATES,
  ...CASELOAD_EFFECTIVE_DATES,
};

/**
 * The date from which an event holds, for "as at" reads: its own business date where it has one,
 * else (a plan revision, an event type without a date) the UK date on which it was recorded; the
 * first plan adopted holds from its calendar's start.
 * An "as at d" read model is the fold, in log order, of exactly the events effective by d.
 */
export const effectiveDateOf = (event: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>): IsoDate => {
  const recordedOn = ukDateOf(new Date(event.metadata.recordedAt));
  const dater = Object.hasOwn(DATERS, event.type) ? DATERS[event.type] : undefined;
  const dated = dater?.(event.data as never, recordedOn);
  return isIsoDate(dated) ? dated : recordedOn;
};

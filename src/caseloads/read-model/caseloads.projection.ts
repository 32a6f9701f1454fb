import { effectiveDateOf } from '../../projections/effective-date.js';
import type { PersonalColumns, Projection, ProjectionContext } from '../../projections/projection.js';
import { PLAN_STREAM_ID, type PlanEvent } from '../../plan/domain/plan.events.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { isStaffEvent } from '../../staff/read-model/staff-view.js';
import { isCaseloadEvent, type CaseloadEvent } from '../domain/caseload.events.js';
import { CASELOAD_HISTORY_VIEW, recordHistory } from './caseload-history.js';
import { CASELOAD_PERSON_ROWS, CASELOAD_PERSON_VIEW, evolveCaseloadPerson } from './caseload-person.js';
import { CASELOAD_PLAN_ROWS, CASELOAD_PLAN_VIEW, caseloadPlanOf } from './caseload-plan.js';

/** Staff events that change nothing the caseload views show: passed by without a read. */
const IGNORED: ReadonlySet<string> = new Set<StaffEvent['type']>([
  'SystemicLevelCompleted',
  'EnrolmentStarted',
  'EnrolmentEnded',
]);

/**
 * Keeps caseload planning's read model from three kinds of event, as effective-dated versions:
 * each person from their staff stream (borough, role, FTE, registration, dual qualification,
 * leaving) and their caseload stream (the tally), the plan's caps and integration steps from the
 * plan stream (in force from the UK day each revision was recorded), and every caseload change as
 * an entry of the person's history. Caps, headroom and totals are worked out by the queries at
 * their cut, from the person and the plan as they stood then.
 */
export class CaseloadsProjection implements Projection {
  readonly name = 'caseloads';
  readonly tables = [CASELOAD_PERSON_VIEW, CASELOAD_PLAN_VIEW, CASELOAD_HISTORY_VIEW] as const;
  readonly bitemporal = this.tables;
  readonly personal: PersonalColumns[] = [{ table: CASELOAD_HISTORY_VIEW, person: 'staff_id', text: ['reason'] }];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    const on = effectiveDateOf(event);
    if (isStaffEvent(event)) {
      if (IGNORED.has(event.type)) return;
      const e = { type: event.type, data: event.data } as StaffEvent;
      await CASELOAD_PERSON_ROWS.changeFrom(ctx, [e.data.staffId], on, (p) => evolveCaseloadPerson(p, e));
    } else if (event.streamId.startsWith('caseload-') && isCaseloadEvent(event)) {
      const e = { type: event.type, data: event.data } as CaseloadEvent;
      await CASELOAD_PERSON_ROWS.changeFrom(ctx, [e.data.staffId], on, (p) => evolveCaseloadPerson(p, e));
      await recordHistory(ctx, event, e, on);
    } else if (event.type === 'PlanAdopted' || event.type === 'PlanRevised') {
      const { data } = { type: event.type, data: event.data } as PlanEvent;
      const plan = caseloadPlanOf(data.revision, data.document);
      await CASELOAD_PLAN_ROWS.changeFrom(ctx, [PLAN_STREAM_ID], on, () => plan);
    }
  }
}

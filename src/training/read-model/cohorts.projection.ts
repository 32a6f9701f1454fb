import { effectiveDateOf } from '../../projections/effective-date.js';
import type { PersonalColumns, Projection, ProjectionContext } from '../../projections/projection.js';
import { positionKey, type RecordedEvent } from '../../shared/event.js';
import type { StaffHired } from '../../staff/domain/staff.events.js';
import type { CohortEvent } from '../domain/cohort.events.js';
import {
  COHORT_MEMBER_VIEW,
  COHORT_PERSON_VIEW,
  COHORT_ROWS,
  COHORT_VIEW,
  evolveMember,
  MEMBER_ROWS,
  PERSON_ROWS,
} from './cohort-rows.js';

export { COHORT_MEMBER_VIEW, COHORT_PERSON_VIEW, COHORT_VIEW };

const COHORT_EVENT_TYPES: ReadonlySet<string> = new Set<CohortEvent['type']>([
  'CohortScheduled',
  'PersonEnrolled',
  'PersonWaitlisted',
  'EnrolmentOutcomeRecorded',
  'WaitlistedPersonPromoted',
  'WaitlistedPersonSkipped',
]);

/**
 * Keeps, as effective-dated versions, `cohort_view` (each cohort), `cohort_member_view` (each
 * person's latest entry in a cohort, counted by the queries) and `cohort_person_view` (names for
 * rosters, from StaffHired).
 */
export class CohortsProjection implements Projection {
  readonly name = 'cohorts';
  readonly tables = [COHORT_VIEW, COHORT_MEMBER_VIEW, COHORT_PERSON_VIEW] as const;
  readonly bitemporal = this.tables;
  readonly personal: PersonalColumns[] = [
    { table: COHORT_PERSON_VIEW, person: 'staff_id', text: ['name'] },
    { table: COHORT_MEMBER_VIEW, person: 'staff_id', text: ['removed_reason'] },
  ];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    const on = effectiveDateOf(event);
    if (event.type === 'StaffHired') {
      const { staffId, name } = event.data as StaffHired['data'];
      return PERSON_ROWS.changeFrom(ctx, [staffId], on, () => ({ staffId, name }));
    }
    if (!COHORT_EVENT_TYPES.has(event.type)) return;
    const e = { type: event.type, data: event.data } as CohortEvent;
    if (e.type === 'CohortScheduled') {
      const { cohortId, level, name, provider, startsOn, endsOn, capacity } = e.data;
      const cohort = { cohortId, level, name, provider, startsOn, endsOn, capacity };
      return COHORT_ROWS.changeFrom(ctx, [cohortId], on, () => cohort);
    }
    const arrival = positionKey(event.position);
    await MEMBER_ROWS.changeFrom(ctx, [e.data.cohortId, e.data.staffId], on, (m) => evolveMember(m, e, arrival));
  }
}

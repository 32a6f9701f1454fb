import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { StaffHired } from '../../staff/domain/staff.events.js';
import type { CohortEvent, EnrolmentOutcomeRecorded } from '../domain/cohort.events.js';

export const COHORT_VIEW = 'cohort_view';
export const COHORT_MEMBER_VIEW = 'cohort_member_view';
export const COHORT_PERSON_VIEW = 'cohort_person_view';

const COHORT_EVENT_TYPES: ReadonlySet<string> = new Set<CohortEvent['type']>([
  'CohortScheduled',
  'PersonEnrolled',
  'PersonWaitlisted',
  'EnrolmentOutcomeRecorded',
  'WaitlistedPersonPromoted',
  'WaitlistedPersonSkipped',
]);

type Query = ProjectionContext['query'];

/**
 * Keeps `cohort_view` (one row per cohort with its counts), `cohort_member_view` (each person's
 * latest entry in a cohort) and `cohort_person_view` (names for rosters, from StaffHired).
 * Counts move with the same rules as the domain's cohort state: only a withdrawal or deferral
 * from a place gives the place back.
 */
export class CohortsProjection implements Projection {
  readonly name = 'cohorts';
  readonly tables = [COHORT_VIEW, COHORT_MEMBER_VIEW, COHORT_PERSON_VIEW] as const;

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (event.type === 'StaffHired') {
      const { staffId, name } = event.data as StaffHired['data'];
      await ctx.query(
        `INSERT INTO ${ctx.table(COHORT_PERSON_VIEW)} (staff_id, name) VALUES ($1, $2)
         ON CONFLICT (staff_id) DO UPDATE SET name = EXCLUDED.name`,
        [staffId, name],
      );
      return;
    }
    if (!COHORT_EVENT_TYPES.has(event.type)) return;
    await this.applyCohortEvent({ type: event.type, data: event.data } as CohortEvent, ctx);
  }

  private async applyCohortEvent(event: CohortEvent, ctx: ProjectionContext): Promise<void> {
    const cohorts = ctx.table(COHORT_VIEW);
    const members = ctx.table(COHORT_MEMBER_VIEW);
    const q: Query = (sql, params) => ctx.query(sql, params);
    switch (event.type) {
      case 'CohortScheduled': {
        const { cohortId, level, name, provider, startsOn, endsOn, capacity } = event.data;
        await q(
          `INSERT INTO ${cohorts} (cohort_id, level, name, provider, starts_on, ends_on, capacity)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [cohortId, level, name, provider, startsOn, endsOn, capacity],
        );
        return;
      }
      case 'PersonEnrolled': {
        const { cohortId, staffId, enrolledOn } = event.data;
        await arrive(q, cohorts, members, cohortId, staffId, 'enrolled', { enrolledOn });
        await bump(q, cohorts, cohortId, { enrolled_count: 1 });
        return;
      }
      case 'PersonWaitlisted': {
        const { cohortId, staffId, waitlistedOn } = event.data;
        await arrive(q, cohorts, members, cohortId, staffId, 'waitlisted', { waitlistedOn });
        await bump(q, cohorts, cohortId, { waitlist_count: 1 });
        return;
      }
      case 'EnrolmentOutcomeRecorded': {
        const { cohortId, staffId, outcome, on } = event.data;
        await q(`UPDATE ${members} SET status = $3, outcome_on = $4 WHERE cohort_id = $1 AND staff_id = $2`, [
          cohortId,
          staffId,
          outcome,
          on,
        ]);
        await bump(q, cohorts, cohortId, countsAfterOutcome(event.data));
        return;
      }
      case 'WaitlistedPersonPromoted': {
        const { cohortId, staffId, promotedOn } = event.data;
        await q(`UPDATE ${members} SET status = 'enrolled', enrolled_on = $3 WHERE cohort_id = $1 AND staff_id = $2`, [
          cohortId,
          staffId,
          promotedOn,
        ]);
        await bump(q, cohorts, cohortId, { waitlist_count: -1, enrolled_count: 1 });
        return;
      }
      case 'WaitlistedPersonSkipped': {
        const { cohortId, staffId, on, reason } = event.data;
        await q(
          `UPDATE ${members} SET status = 'removed', outcome_on = $3, removed_reason = $4
           WHERE cohort_id = $1 AND staff_id = $2`,
          [cohortId, staffId, on, reason],
        );
        await bump(q, cohorts, cohortId, { waitlist_count: -1 });
        return;
      }
      default: {
        const _exhaustive: never = event;
        return _exhaustive;
      }
    }
  }
}

type Counter = 'enrolled_count' | 'waitlist_count' | 'completed_count' | 'failed_count';

const countsAfterOutcome = (data: EnrolmentOutcomeRecorded['data']): Partial<Record<Counter, number>> => {
  if (data.from === 'waitlisted') return { waitlist_count: -1 };
  if (data.outcome === 'completed') return { enrolled_count: -1, completed_count: 1 };
  if (data.outcome === 'failed') return { enrolled_count: -1, failed_count: 1 };
  return { enrolled_count: -1 };
};

const bump = async (q: Query, cohorts: string, cohortId: string, deltas: Partial<Record<Counter, number>>) => {
  const entries = Object.entries(deltas);
  const sets = entries.map(([column], i) => `${column} = ${column} + $${i + 2}`).join(', ');
  await q(`UPDATE ${cohorts} SET ${sets} WHERE cohort_id = $1`, [cohortId, ...entries.map(([, delta]) => delta)]);
};

/**
 * A person arrives (again) at the end of the line: a new sequence number from the cohort's
 * arrival counter, and the dates of any earlier stay cleared.
 */
const arrive = async (
  q: Query,
  cohorts: string,
  members: string,
  cohortId: string,
  staffId: string,
  status: 'enrolled' | 'waitlisted',
  dates: { enrolledOn?: string; waitlistedOn?: string },
) => {
  // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count], not rows.
  const [{ arrivals }] = await q<{ arrivals: number }>(
    `WITH counted AS (UPDATE ${cohorts} SET arrivals = arrivals + 1 WHERE cohort_id = $1 RETURNING arrivals)
     SELECT arrivals FROM counted`,
    [cohortId],
  );
  await q(
    `INSERT INTO ${members} (cohort_id, staff_id, status, waitlist_seq, enrolled_on, waitlisted_on, outcome_on, removed_reason)
     VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)
     ON CONFLICT (cohort_id, staff_id) DO UPDATE SET status = EXCLUDED.status, waitlist_seq = EXCLUDED.waitlist_seq,
       enrolled_on = EXCLUDED.enrolled_on, waitlisted_on = EXCLUDED.waitlisted_on, outcome_on = NULL, removed_reason = NULL`,
    [cohortId, staffId, status, arrivals, dates.enrolledOn ?? null, dates.waitlistedOn ?? null],
  );
};

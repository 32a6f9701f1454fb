import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { PostEvent } from '../../posts/domain/post.events.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import type { CohortScheduled } from '../../training/domain/cohort.events.js';
import { EffectivePeriods } from './effective-periods.js';

export const TAPERING_TABLES = {
  posts: 'tapering_post_period',
  people: 'tapering_person_period',
  cohorts: 'tapering_cohort',
  enrolments: 'tapering_enrolment',
} as const;

const POST_COLUMNS = [
  'kind',
  'borough',
  'wte_hundredths',
  'funded_by',
  'annual_cost_pence',
  'holder_staff_id',
  'integrated_wte_hundredths',
];
const PERSON_COLUMNS = ['borough', 'fte_hundredths', 'registered', 'dual'];

const isMsc = (level: number): boolean => level === 3 || level === 4;

/**
 * Keeps the effective-dated rows the tapering dashboard cuts at any date: posts (holder and
 * integrated work), people (borough, FTE, registration, dual qualification) and level 3/4
 * places. Dates are the events' business dates, so "as it stood at year end" is a predicate.
 * It reads its own tables only, so it rebuilds on its own.
 */
export class TaperingProjection implements Projection {
  readonly name = 'tapering';
  readonly tables = Object.values(TAPERING_TABLES);
  readonly bitemporal = this.tables;

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    const e = { type: event.type, data: event.data } as PostEvent | StaffEvent | CohortScheduled;
    const posts = new EffectivePeriods(ctx, TAPERING_TABLES.posts, 'post_id', POST_COLUMNS);
    const people = new EffectivePeriods(ctx, TAPERING_TABLES.people, 'staff_id', PERSON_COLUMNS);
    switch (e.type) {
      case 'PostEstablished': {
        const d = e.data;
        return posts.open(d.postId, d.establishedOn, {
          kind: d.kind,
          borough: d.borough,
          wte_hundredths: d.wteHundredths,
          funded_by: d.fundedBy,
          annual_cost_pence: d.annualCostPence,
          integrated_wte_hundredths: 0,
        });
      }
      case 'PostHolderAppointed':
        return posts.setFrom(e.data.postId, e.data.from, 'holder_staff_id = $3', [e.data.staffId]);
      case 'PostVacated':
        return posts.setFrom(e.data.postId, e.data.on, 'holder_staff_id = NULL', []);
      case 'PostDisestablished':
        return posts.endAt(e.data.postId, e.data.on);
      case 'PostIntegrated':
        return posts.endAt(e.data.postId, e.data.integratedOn);
      case 'ClinicianWorkIntegrated': {
        const { postId, integratedOn, integratedWteHundredths } = e.data;
        const add = 'integrated_wte_hundredths = integrated_wte_hundredths + $3';
        return posts.setFrom(postId, integratedOn, add, [integratedWteHundredths]);
      }
      case 'StaffHired': {
        const { staffId, borough, fteHundredths, startedOn, registration } = e.data;
        const values = { borough, fte_hundredths: fteHundredths, registered: false, dual: false };
        await people.open(staffId, startedOn, values);
        if (registration) await people.setFrom(staffId, registration.registeredOn, 'registered = true', []);
        return;
      }
      case 'StaffDetailsChanged': {
        const { staffId, effectiveOn, borough, fteHundredths } = e.data;
        const set = 'borough = COALESCE($3, borough), fte_hundredths = COALESCE($4::integer, fte_hundredths)';
        return people.setFrom(staffId, effectiveOn, set, [borough ?? null, fteHundredths ?? null]);
      }
      case 'StaffLeft':
        return people.endAt(e.data.staffId, e.data.leftOn);
      case 'QualificationRecorded':
        if (e.data.kind !== 'social-work-registration') return;
        return people.setFrom(e.data.staffId, e.data.achievedOn, 'registered = true', []);
      case 'SocialWorkRegistrationLapsed':
        return people.setFrom(e.data.staffId, e.data.lapsedOn, 'registered = false', []);
      case 'DualQualificationAttained':
        return people.setFrom(e.data.staffId, e.data.on, 'dual = true', []);
      case 'DualQualificationEnded':
        return people.setFrom(e.data.staffId, e.data.on, 'dual = false', []);
      case 'CohortScheduled':
      case 'EnrolmentStarted':
      case 'EnrolmentEnded':
        return this.training(e, ctx);
      default:
        return;
    }
  }

  /** Level 3/4 places only: cohorts (for their dates) and the enrolments that held a place in them. */
  private async training(e: CohortScheduled | StaffEvent, ctx: ProjectionContext): Promise<void> {
    const cohorts = ctx.table(TAPERING_TABLES.cohorts);
    const enrolments = ctx.table(TAPERING_TABLES.enrolments);
    if (e.type === 'CohortScheduled') {
      const { cohortId, level, startsOn, endsOn } = e.data;
      if (!isMsc(level)) return;
      await ctx.query(
        `INSERT INTO ${cohorts} (cohort_id, level, starts_on, ends_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [cohortId, level, startsOn, endsOn],
      );
    } else if (e.type === 'EnrolmentStarted') {
      const { staffId, cohortId, level, status, on, cohortStartsOn, cohortEndsOn } = e.data;
      // A waiting list is not a place; a promotion arrives as a second start, enrolled.
      if (status !== 'enrolled' || !isMsc(level)) return;
      // The cohort's dates come with the event; events recorded before they did look them up.
      await ctx.query(
        `INSERT INTO ${enrolments} (staff_id, cohort_id, started_on, level, cohort_starts_on, cohort_ends_on)
         SELECT $1::text, $2::text, $3::date, $4::smallint, COALESCE($5::date, c.starts_on), COALESCE($6::date, c.ends_on)
         FROM (SELECT 1) AS one LEFT JOIN ${cohorts} c ON c.cohort_id = $2
         WHERE $5::date IS NOT NULL OR c.cohort_id IS NOT NULL
         ON CONFLICT DO NOTHING`,
        [staffId, cohortId, on, level, cohortStartsOn ?? null, cohortEndsOn ?? null],
      );
    } else if (e.type === 'EnrolmentEnded') {
      const { staffId, cohortId, level, outcome, on } = e.data;
      if (!isMsc(level)) return;
      await ctx.query(
        `UPDATE ${enrolments} SET ended_on = $3, outcome = $4
         WHERE staff_id = $1 AND cohort_id = $2 AND ended_on IS NULL`,
        [staffId, cohortId, on, outcome],
      );
    }
  }
}

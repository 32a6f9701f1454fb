import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';

export const PIPELINE_PERSON_VIEW = 'pipeline_person_view';
export const PIPELINE_COMPLETION_VIEW = 'pipeline_completion_view';

const USED: ReadonlySet<string> = new Set<StaffEvent['type']>([
  'StaffHired',
  'StaffDetailsChanged',
  'StaffLeft',
  'SystemicLevelCompleted',
  'EnrolmentStarted',
  'EnrolmentEnded',
  'DualQualificationAttained',
  'DualQualificationEnded',
]);

/**
 * Keeps what the pipeline report counts, from the person's own stream only: where each person
 * works and at what WTE, whether they have left, the level they are training at now, every level
 * completed (with its date, for "this programme year") and the recorded dual qualification.
 * Dual qualification is taken from its events, not re-derived, so the report agrees with the person.
 */
export class PipelineProjection implements Projection {
  readonly name = 'pipeline';
  readonly tables = [PIPELINE_PERSON_VIEW, PIPELINE_COMPLETION_VIEW] as const;

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (!USED.has(event.type)) return;
    const people = ctx.table(PIPELINE_PERSON_VIEW);
    const e = { type: event.type, data: event.data } as StaffEvent;
    switch (e.type) {
      case 'StaffHired': {
        const { staffId, borough, fteHundredths } = e.data;
        await ctx.query(
          `INSERT INTO ${people} (staff_id, borough, fte_hundredths) VALUES ($1, $2, $3)
           ON CONFLICT (staff_id) DO UPDATE SET borough = EXCLUDED.borough, fte_hundredths = EXCLUDED.fte_hundredths`,
          [staffId, borough, fteHundredths],
        );
        return;
      }
      case 'StaffDetailsChanged': {
        const { staffId, borough, fteHundredths } = e.data;
        await ctx.query(
          `UPDATE ${people} SET borough = COALESCE($2, borough), fte_hundredths = COALESCE($3, fte_hundredths)
           WHERE staff_id = $1`,
          [staffId, borough ?? null, fteHundredths ?? null],
        );
        return;
      }
      case 'StaffLeft':
        await ctx.query(`UPDATE ${people} SET left_on = $2 WHERE staff_id = $1`, [e.data.staffId, e.data.leftOn]);
        return;
      case 'SystemicLevelCompleted': {
        const { staffId, level, completedOn, cohortId } = e.data;
        // A level is completed once per person (the decider sees to it); the first record stands.
        await ctx.query(
          `INSERT INTO ${ctx.table(PIPELINE_COMPLETION_VIEW)} (staff_id, level, completed_on, cohort_id)
           VALUES ($1, $2, $3, $4) ON CONFLICT (staff_id, level) DO NOTHING`,
          [staffId, level, completedOn, cohortId],
        );
        await ctx.query(`UPDATE ${people} SET systemic_level = GREATEST(systemic_level, $2) WHERE staff_id = $1`, [
          staffId,
          level,
        ]);
        return;
      }
      case 'EnrolmentStarted': {
        // A place on a waiting list is not training; a promotion arrives as a second start, enrolled.
        const { staffId, cohortId, level, status } = e.data;
        if (status !== 'enrolled') return;
        await ctx.query(`UPDATE ${people} SET training_level = $2, training_cohort_id = $3 WHERE staff_id = $1`, [
          staffId,
          level,
          cohortId,
        ]);
        return;
      }
      case 'EnrolmentEnded':
        await ctx.query(
          `UPDATE ${people} SET training_level = NULL, training_cohort_id = NULL
           WHERE staff_id = $1 AND training_cohort_id = $2`,
          [e.data.staffId, e.data.cohortId],
        );
        return;
      case 'DualQualificationAttained':
        await ctx.query(`UPDATE ${people} SET dual_qualified = true, dual_qualified_on = $2 WHERE staff_id = $1`, [
          e.data.staffId,
          e.data.on,
        ]);
        return;
      case 'DualQualificationEnded':
        await ctx.query(`UPDATE ${people} SET dual_qualified = false, dual_qualified_on = NULL WHERE staff_id = $1`, [
          e.data.staffId,
        ]);
        return;
      default:
        // Events the report does not count (qualifications themselves, lapses) pass by.
        return;
    }
  }
}

import { effectiveDateOf } from '../../projections/effective-date.js';
import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { isStaffEvent } from '../../staff/read-model/staff-view.js';
import {
  evolvePipelinePerson,
  PIPELINE_COMPLETION_ROWS,
  PIPELINE_COMPLETION_VIEW,
  PIPELINE_PERSON_ROWS,
  PIPELINE_PERSON_VIEW,
} from './pipeline-person.js';

export { PIPELINE_COMPLETION_VIEW, PIPELINE_PERSON_VIEW };

/** Staff events the report does not count: passed by without a read. */
const IGNORED: ReadonlySet<string> = new Set<StaffEvent['type']>([
  'QualificationRecorded',
  'SocialWorkRegistrationLapsed',
]);

/**
 * Keeps what the pipeline report counts, from the person's own stream only, as effective-dated
 * versions: where each person works and at what WTE, whether they have left, the level they are
 * training at, every level completed (with its date) and the recorded dual qualification.
 */
export class PipelineProjection implements Projection {
  readonly name = 'pipeline';
  readonly tables = [PIPELINE_PERSON_VIEW, PIPELINE_COMPLETION_VIEW] as const;
  readonly bitemporal = this.tables;

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (!isStaffEvent(event) || IGNORED.has(event.type)) return;
    const e = { type: event.type, data: event.data } as StaffEvent;
    const on = effectiveDateOf(event);
    await PIPELINE_PERSON_ROWS.changeFrom(ctx, [e.data.staffId], on, (p) => evolvePipelinePerson(p, e));
    if (e.type === 'SystemicLevelCompleted') {
      const { staffId, level, completedOn, cohortId } = e.data;
      // A level is completed once per person (the decider sees to it); the first record stands.
      await PIPELINE_COMPLETION_ROWS.changeFrom(
        ctx,
        [staffId, level],
        on,
        (c) => c ?? { staffId, level, completedOn, cohortId },
      );
    }
  }
}

import { effectiveDateOf } from '../../projections/effective-date.js';
import type { PersonalColumns, Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { StaffEvent } from '../domain/staff.events.js';
import { evolveStaffView, isStaffEvent } from './staff-view.js';
import { STAFF_VIEW_ROWS, STAFF_VIEW_TABLE } from './staff-view.row.js';

export { STAFF_VIEW_TABLE };

/**
 * Keeps `staff_view`: each person as effective-dated versions. A staff event changes the person
 * on every day from its effective date, through the pure `evolveStaffView`; other contexts'
 * events pass by.
 */
export class StaffListProjection implements Projection {
  readonly name = 'staff-list';
  readonly tables = [STAFF_VIEW_TABLE];
  readonly bitemporal = [STAFF_VIEW_TABLE];
  readonly personal: PersonalColumns[] = [
    {
      table: STAFF_VIEW_TABLE,
      person: 'staff_id',
      text: ['name', 'left_reason', 'registration_number'],
      json: [{ column: 'qualifications', keys: ['registrationNumber', 'evidenceRef'] }],
    },
  ];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (!isStaffEvent(event)) return;
    const staffEvent = { type: event.type, data: event.data } as StaffEvent;
    const facts = { version: event.streamVersion, recordedAt: event.metadata.recordedAt };
    await STAFF_VIEW_ROWS.changeFrom(ctx, [staffEvent.data.staffId], effectiveDateOf(event), (view) =>
      evolveStaffView(view, staffEvent, facts),
    );
  }
}

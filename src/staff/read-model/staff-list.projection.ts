import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { StaffEvent } from '../domain/staff.events.js';
import { evolveStaffView, isStaffEvent } from './staff-view.js';
import { loadStaffView, saveStaffView } from './staff-view.row.js';

export const STAFF_VIEW_TABLE = 'staff_view';

/**
 * Keeps `staff_view`: one row per person. Each staff event reads the person's row, folds the
 * event into it with the pure `evolveStaffView` and writes it back; other contexts' events pass by.
 */
export class StaffListProjection implements Projection {
  readonly name = 'staff-list';
  readonly tables = [STAFF_VIEW_TABLE];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (!isStaffEvent(event)) return;
    const staffEvent = { type: event.type, data: event.data } as StaffEvent;
    const table = ctx.table(STAFF_VIEW_TABLE);
    const query = (sql: string, params?: unknown[]) => ctx.query(sql, params);
    const current = await loadStaffView(query, table, staffEvent.data.staffId);
    const next = evolveStaffView(current, staffEvent, {
      version: event.streamVersion,
      recordedAt: event.metadata.recordedAt,
    });
    if (next) await saveStaffView(query, table, next);
  }
}

import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { STAFF_VIEW_TABLE } from '../read-model/staff-list.projection.js';
import type { StaffView } from '../read-model/staff-view.js';
import { loadStaffView } from '../read-model/staff-view.row.js';

export class GetStaffQuery extends Query<StaffView> {
  constructor(readonly staffId: string) {
    super();
  }
}

/** One person from the read model; `STAFF.NOT_FOUND` (404) when nobody has that id. */
@QueryHandler(GetStaffQuery)
export class GetStaffHandler implements IQueryHandler<GetStaffQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ staffId }: GetStaffQuery): Promise<StaffView> {
    const view = await loadStaffView((sql, params) => this.db.query(sql, params), STAFF_VIEW_TABLE, staffId);
    if (!view) throw notFound('STAFF.NOT_FOUND', `No member of staff has the id ${staffId}`);
    return view;
  }
}

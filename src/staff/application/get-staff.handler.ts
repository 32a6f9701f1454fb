import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { describeCut, NOW, type ReadCut } from '../../shared/read-cut.js';
import { findStaffView } from '../read-model/staff-queries.js';
import type { StaffView } from '../read-model/staff-view.js';

export class GetStaffQuery extends Query<StaffView> {
  constructor(
    readonly staffId: string,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

/** One person from the read model; `STAFF.NOT_FOUND` (404) when nobody had that id at the cut. */
@QueryHandler(GetStaffQuery)
export class GetStaffHandler implements IQueryHandler<GetStaffQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ staffId, cut }: GetStaffQuery): Promise<StaffView> {
    const view = await findStaffView(this.db, staffId, cut);
    const when = describeCut(cut);
    if (!view) throw notFound('STAFF.NOT_FOUND', `No member of staff has the id ${staffId}${when ? ` ${when}` : ''}`);
    return view;
  }
}

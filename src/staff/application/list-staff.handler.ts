import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { listStaffViews, type StaffFilter, type StaffPage } from '../read-model/staff-queries.js';

export type { StaffFilter, StaffPage };

export class ListStaffQuery extends Query<StaffPage> {
  constructor(
    readonly filter: StaffFilter,
    /** 1-based. */
    readonly page: number,
    readonly pageSize: number,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(ListStaffQuery)
export class ListStaffHandler implements IQueryHandler<ListStaffQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, page, pageSize, cut }: ListStaffQuery): Promise<StaffPage> {
    return listStaffViews(this.db, filter, page, pageSize, cut);
  }
}

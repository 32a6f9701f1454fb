import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import type { Borough } from '../../shared/values.js';
import { caseloadCapacityAt, type CaseloadCapacity } from '../read-model/caseload-queries.js';

export class GetCaseloadCapacityQuery extends Query<CaseloadCapacity> {
  constructor(
    readonly borough?: Borough,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

/** Headroom by borough and role at the cut, read in one snapshot. */
@QueryHandler(GetCaseloadCapacityQuery)
export class GetCaseloadCapacityHandler implements IQueryHandler<GetCaseloadCapacityQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ borough, cut }: GetCaseloadCapacityQuery): Promise<CaseloadCapacity> {
    return this.db.transaction('REPEATABLE READ', (tx) => caseloadCapacityAt(tx, borough, cut));
  }
}

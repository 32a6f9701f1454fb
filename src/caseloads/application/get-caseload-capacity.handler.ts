import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { CLOCK } from '../../shared/clock.token.js';
import { ukDateOf } from '../../shared/programme-year.js';
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

/**
 * Headroom by borough and role at the cut, with the on-site support given in the week of the
 * cut's day (the as-at date, else the day of the known-at instant, else today in the UK), read in
 * one snapshot.
 */
@QueryHandler(GetCaseloadCapacityQuery)
export class GetCaseloadCapacityHandler implements IQueryHandler<GetCaseloadCapacityQuery> {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ borough, cut }: GetCaseloadCapacityQuery): Promise<CaseloadCapacity> {
    const today = ukDateOf(this.clock.now());
    return this.db.transaction('REPEATABLE READ', (tx) => caseloadCapacityAt(tx, borough, cut, today));
  }
}

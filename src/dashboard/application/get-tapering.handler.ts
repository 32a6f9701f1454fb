import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { loadEffectivePlan } from '../../plan/read-model/plan-view.js';
import type { Clock } from '../../shared/clock.js';
import { CLOCK } from '../../shared/clock.token.js';
import { notFound } from '../../shared/domain-error.js';
import { ukDateOf } from '../../shared/programme-year.js';
import type { Borough } from '../../shared/values.js';
import { cutDates, taperingDashboard, type TaperingDashboard } from '../domain/tapering.js';
import { fetchTaperingRows } from './tapering-rows.js';

export class GetTaperingQuery extends Query<TaperingDashboard> {
  constructor(readonly borough?: Borough) {
    super();
  }
}

/**
 * The plan in force against the establishment, year by year. "Today" is the UK date on the
 * injected clock. All reads share one snapshot, so a projection batch committing in between
 * cannot make the figures disagree with each other.
 */
@QueryHandler(GetTaperingQuery)
export class GetTaperingHandler implements IQueryHandler<GetTaperingQuery> {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ borough }: GetTaperingQuery): Promise<TaperingDashboard> {
    const today = ukDateOf(this.clock.now());
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const plan = await loadEffectivePlan((sql, params) => tx.query(sql, params));
      if (!plan) throw notFound('PLAN.NOT_ADOPTED', 'no plan has been adopted yet');
      const rows = await fetchTaperingRows(tx, cutDates(plan.document, today), today);
      return taperingDashboard({ plan: plan.document, planRevision: plan.revision, today, borough }, rows);
    });
  }
}

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource, type EntityManager } from 'typeorm';
import { requireEffectivePlan } from '../../plan/application/get-plan.handler.js';
import type { Clock } from '../../shared/clock.js';
import { CLOCK } from '../../shared/clock.token.js';
import { ukDateOf } from '../../shared/programme-year.js';
import { NOW, referenceDay, type ReadCut } from '../../shared/read-cut.js';
import type { Borough, IsoDate } from '../../shared/values.js';
import { cutDates, taperingDashboard, type TaperingDashboard } from '../domain/tapering.js';
import { TaperingCache } from './tapering-cache.js';
import { fetchTaperingRows } from './tapering-rows.js';

export class GetTaperingQuery extends Query<TaperingDashboard> {
  constructor(
    readonly borough?: Borough,
    readonly cut: ReadCut = NOW,
    /** Compute it afresh even when an equal one is cached (`Cache-Control: no-cache`). */
    readonly fresh = false,
  ) {
    super();
  }
}

/**
 * The dashboard as it stood at the cut: "today" is the cut's day (the as-at date, else the day
 * of the known-at instant, else the UK date on the clock); the plan is the revision in force then,
 * and the rows are those known then. Run inside one snapshot.
 */
export const taperingAt = async (
  tx: Pick<EntityManager, 'query'>,
  borough: Borough | undefined,
  cut: ReadCut,
  today: IsoDate,
): Promise<TaperingDashboard> => {
  const day = referenceDay(cut, today);
  const plan = await requireEffectivePlan(tx, { ...cut, asAt: day });
  const rows = await fetchTaperingRows(tx, cutDates(plan.document, day), day, cut.knownAt);
  return taperingDashboard({ plan: plan.document, planRevision: plan.revision, today: day, borough }, rows);
};

/**
 * The plan in force against the establishment, year by year. All reads share one snapshot, so a
 * projection batch committing in between cannot make the figures disagree with each other; a
 * dashboard already computed from the same projection checkpoints is served again (TaperingCache).
 */
@QueryHandler(GetTaperingQuery)
export class GetTaperingHandler implements IQueryHandler<GetTaperingQuery> {
  private readonly cache = new TaperingCache();

  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ borough, cut, fresh }: GetTaperingQuery): Promise<TaperingDashboard> {
    const today = ukDateOf(this.clock.now());
    const key = JSON.stringify([borough ?? null, cut.asAt ?? null, cut.knownAt ?? null, today]);
    return this.db.transaction('REPEATABLE READ', (tx) =>
      this.cache.through(tx, key, () => taperingAt(tx, borough, cut, today), fresh),
    );
  }
}

import type { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { GetTaperingQuery } from '../src/dashboard/application/get-tapering.handler.js';
import type { ReadCut } from '../src/shared/read-cut.js';
import type { HttpAnswer } from './http-load.js';
import { runLoad } from './http-load.js';
import { progress } from './report.js';
import type { DashboardFigure } from './results.js';

const VARIANTS: [string, ReadCut][] = [
  ['today', {}],
  ['as at 2018-03-31', { asAt: '2018-03-31' }],
];
/** Known at the start of the reads: all of the store (the plan was adopted when the bench began). */
const knownNow = (): [string, ReadCut] => [
  'as at 2018-03-31, known at the start of the reads',
  { asAt: '2018-03-31', knownAt: new Date().toISOString() },
];

/**
 * Issue 5's figure: the tapering dashboard over the filled store (1,000,000 events by default), once
 * the `tapering` and `plan` read models are rebuilt from it, today, as at a past date and as known
 * then. Asked of the query handler in process (no HTTP, which adds a few ms and is measured by the
 * `dashboard` phase), one at a time, computed afresh each time and then as served again.
 */
export async function benchDashboardAtScale(ctx: INestApplicationContext, reads: number): Promise<DashboardFigure[]> {
  const bus = ctx.get(QueryBus);
  const [{ staff, posts }]: { staff: number; posts: number }[] = await ctx.get(DataSource).query(
    `SELECT (SELECT count(DISTINCT staff_id)::int FROM tapering_person_period) AS staff,
            (SELECT count(DISTINCT post_id)::int FROM tapering_post_period) AS posts`,
  );
  const ask = (cut: ReadCut, fresh: boolean) => async (): Promise<HttpAnswer> => {
    try {
      await bus.execute(new GetTaperingQuery(undefined, cut, fresh));
      return { status: 200, body: {} };
    } catch (error) {
      return { status: 500, body: { code: 'BENCH.FAILED', message: (error as Error).message } };
    }
  };
  const figures: DashboardFigure[] = [];
  for (const [label, cut] of [...VARIANTS, knownNow()]) {
    progress(`dashboard at scale: ${label}, ${reads} reads computed afresh, then ${reads} served again`);
    for (let w = 0; w < 3; w++) await ask(cut, true)();
    const fresh = await runLoad(`in process, ${label}, computed afresh`, reads, 1, ask(cut, true));
    const again = await runLoad(`in process, ${label}, served again`, reads, 1, ask(cut, false));
    figures.push({ ...fresh, staff, posts }, { ...again, staff, posts });
  }
  return figures;
}

import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { ProjectionRebuilder } from '../../src/projections/projection-rebuilder.js';
import { ProjectionRegistry } from '../../src/projections/projection-registry.js';
import { physicalTables } from '../../src/projections/bitemporal/table-copies.js';
import type { Projection } from '../../src/projections/projection.js';

/** Every row of every table of the projection, as sorted JSON: equal snapshots mean equal read models. */
export async function snapshotOf(
  db: Pick<DataSource, 'query'>,
  projection: Projection,
): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of physicalTables(projection)) {
    const rows: Record<string, unknown>[] = await db.query(`SELECT * FROM ${table}`);
    tables[table] = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return tables;
}

export interface StreamActivityCheck {
  eventsApplied: number;
  streams: number;
}

/**
 * The `stream-activity` rows and checkpoint agree: the checkpoint's count is the number of events
 * at or before its position, and every stream's row counts exactly its events up to there. A
 * batch half-applied, or a checkpoint moved apart from its rows, breaks one of these.
 */
export async function checkStreamActivityConsistent(db: Pick<DataSource, 'query'>): Promise<StreamActivityCheck> {
  const [cp]: { commit: string; prepare: string; events_applied: number }[] = await db.query(
    `SELECT commit_position::text AS commit, prepare_position::text AS prepare, events_applied::int
     FROM projection_checkpoints WHERE name = 'stream-activity'`,
  );
  if (!cp) return { eventsApplied: 0, streams: 0 };
  const expected: { stream_id: string; n: number }[] = await db.query(
    `SELECT stream_id, count(*)::int AS n FROM events
     WHERE (transaction_id, global_position) <= ($1::text::xid8, $2::bigint) GROUP BY stream_id`,
    [cp.commit, cp.prepare],
  );
  const actual: { stream_id: string; n: number }[] = await db.query(
    `SELECT stream_id, event_count::int AS n FROM stream_activity`,
  );
  const [daily]: { n: number }[] = await db.query(`SELECT coalesce(sum(event_count), 0)::int AS n FROM daily_activity`);
  const byStream = (rows: { stream_id: string; n: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.stream_id, r.n]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  expect(byStream(actual)).toEqual(byStream(expected));
  const counted = expected.reduce((sum, r) => sum + r.n, 0);
  expect({ checkpoint: cp.events_applied, daily: daily.n }).toEqual({ checkpoint: counted, daily: counted });
  return { eventsApplied: cp.events_applied, streams: actual.length };
}

/**
 * Boots the app on `env` without its runner, rebuilds every registered projection in place from
 * zero and compares each with what was there before (what a server left behind).
 */
export async function expectEveryReadModelEqualToItsRebuild(env: Record<string, string>): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...env, CADRE_PROJECTIONS: 'off' }), {
    logger: false,
    abortOnError: false,
  });
  try {
    const db = app.get(DataSource);
    const rebuilder = app.get(ProjectionRebuilder);
    const projections = app.get(ProjectionRegistry).all();
    expect(projections.map((p) => p.name)).toContain('stream-activity');
    for (const projection of projections) {
      const live = await snapshotOf(db, projection);
      await rebuilder.rebuild(projection);
      const rebuilt = await snapshotOf(db, projection);
      expect({ projection: projection.name, tables: live }).toEqual({ projection: projection.name, tables: rebuilt });
    }
  } finally {
    await app.close();
  }
}

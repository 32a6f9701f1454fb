import type { EntityManager } from 'typeorm';
import type { TaperingDashboard } from '../domain/tapering.js';

type Queryable = Pick<EntityManager, 'query'>;

/** The projections the dashboard reads: it is a function of their tables, which move only with these rows. */
const SOURCES = ['tapering', 'plan'];

/**
 * Dashboards computed in this process, each kept with the checkpoints of the projections it was
 * computed from. A projection's tables change only in a transaction that also rewrites its
 * checkpoint row (a batch, a rebuild's swap, an erasure's scrub), so while those rows read the
 * same, in the same snapshot as the request, the dashboard is the same: it is served again
 * without recomputing. Anything else about the request (borough, cut, today) is in the key.
 * Every instance keeps its own; nothing here can be stale across instances.
 */
export class TaperingCache {
  private readonly entries = new Map<string, { stamp: string; value: TaperingDashboard }>();

  constructor(private readonly limit = 256) {}

  /** `fresh` computes (and keeps) it even when an equal one is kept. */
  async through(
    tx: Queryable,
    key: string,
    compute: () => Promise<TaperingDashboard>,
    fresh = false,
  ): Promise<TaperingDashboard> {
    const stamp = await stampOf(tx);
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.stamp === stamp && !fresh) {
      this.entries.set(key, hit);
      return structuredClone(hit.value);
    }
    const value = await compute();
    this.entries.set(key, { stamp, value: structuredClone(value) });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

async function stampOf(tx: Queryable): Promise<string> {
  const rows: { name: string; commit: string; prepare: string; applied: string; updated: string }[] = await tx.query(
    `SELECT name, commit_position::text AS commit, prepare_position::text AS prepare,
            events_applied::text AS applied, updated_at::text AS updated
     FROM projection_checkpoints WHERE name = ANY($1::text[]) ORDER BY name`,
    [SOURCES],
  );
  return JSON.stringify(rows);
}

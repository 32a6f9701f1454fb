import type { EntityManager } from 'typeorm';
import { START, type GlobalPosition } from '../shared/event.js';

type Queryable = Pick<EntityManager, 'query'>;

export interface Checkpoint {
  position: GlobalPosition;
  eventsApplied: number;
  /** The known instant of the last event applied (see KnownInstants); null before any. */
  knownThrough: string | null;
  updatedAt: Date | null;
}

interface Row {
  commit_position: string;
  prepare_position: string;
  events_applied: string | number;
  known_through: string | null;
  updated_at: Date;
}

const toCheckpoint = (row: Row | undefined): Checkpoint =>
  row
    ? {
        position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
        eventsApplied: Number(row.events_applied),
        knownThrough: row.known_through,
        updatedAt: row.updated_at,
      }
    : { position: START, eventsApplied: 0, knownThrough: null, updatedAt: null };

const COLUMNS = `commit_position::text, prepare_position::text, events_applied, updated_at,
  to_char(known_through AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS known_through`;
const SELECT = `SELECT ${COLUMNS} FROM projection_checkpoints WHERE name = $1`;

/** Projection positions, written in the same transaction as the rows they account for. */
export const checkpoints = {
  async read(db: Queryable, name: string): Promise<Checkpoint> {
    const rows: Row[] = await db.query(SELECT, [name]);
    return toCheckpoint(rows[0]);
  },

  /** Reads and locks the row, so a batch and a rebuild swap never interleave on one projection. */
  async lock(db: Queryable, name: string): Promise<Checkpoint> {
    await db.query(
      `INSERT INTO projection_checkpoints (name, commit_position, prepare_position) VALUES ($1, -1, -1) ON CONFLICT (name) DO NOTHING`,
      [name],
    );
    const rows: Row[] = await db.query(`${SELECT} FOR UPDATE`, [name]);
    return toCheckpoint(rows[0]);
  },

  async write(
    db: Queryable,
    name: string,
    position: GlobalPosition,
    eventsApplied: number,
    knownThrough: string | null,
  ): Promise<void> {
    await db.query(
      `UPDATE projection_checkpoints SET commit_position = $2, prepare_position = $3, events_applied = $4,
         known_through = $5, updated_at = now() WHERE name = $1`,
      [name, position.commit.toString(), position.prepare.toString(), eventsApplied, knownThrough],
    );
  },

  async all(db: Queryable): Promise<Map<string, Checkpoint>> {
    const rows: (Row & { name: string })[] = await db.query(`SELECT name, ${COLUMNS} FROM projection_checkpoints`);
    return new Map(rows.map((r) => [r.name, toCheckpoint(r)]));
  },
};

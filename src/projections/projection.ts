import type { RecordedEvent } from '../shared/event.js';

/** What a projection may do while applying one event: run SQL inside the batch's transaction. */
export interface ProjectionContext {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * The physical name of one of the projection's tables. During a rebuild it names the shadow
   * table being filled, so projections must never hard-code their table names in SQL.
   */
  table(name: string): string;
}

/**
 * A read model fed by the global order. `apply` must be deterministic and depend only on the
 * events it has seen, so that a rebuild from zero gives the same rows as live following.
 */
export interface Projection {
  readonly name: string;
  /** Tables the projection owns; a rebuild recreates exactly these (and their history twins). */
  readonly tables: readonly string[];
  /**
   * Those of `tables` that keep known time: a `<table>_history` twin filled by the database on
   * every update and delete (see bitemporal/history-sql.ts), so they answer "as known at".
   */
  readonly bitemporal?: readonly string[];
  /**
   * Personal values the projection copies out of events, by table: scrubbed to `[erased]` (with
   * their history) when the person's data is erased (personal-scrub.ts, ADR 0080).
   */
  readonly personal?: readonly PersonalColumns[];
  apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void>;
}

/** Where a projection keeps a person's personal values: plain text columns, and keys inside jsonb ones. */
export interface PersonalColumns {
  table: string;
  /** The column holding the staff id the rows belong to. */
  person: string;
  text?: readonly string[];
  json?: readonly { column: string; keys: readonly string[] }[];
}

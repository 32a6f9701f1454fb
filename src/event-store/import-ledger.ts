import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { START } from '../shared/event.js';
import { EVENT_STORE, storeBeneath, type EventStore } from './event-store.port.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/** Where a row already imported went in: the first event recorded for it. */
export interface ImportedRow {
  file: string;
  line: number;
  recordedAt: string;
}

/**
 * Which imported rows are in the store already. The ledger is the events themselves: each event
 * an import appends carries `metadata.import.rowKey`, so a row is in exactly when its events are,
 * whatever happened between (no second table to keep in step, nothing to rebuild).
 */
export interface ImportLedger {
  imported(rowKeys: readonly string[]): Promise<Map<string, ImportedRow>>;
}

export const IMPORT_LEDGER = Symbol('IMPORT_LEDGER');

const LOOKUP_CHUNK = 5000;

/** On PostgreSQL and PGlite: a partial expression index on the row key (migration 1764460800200). */
export class PostgresImportLedger implements ImportLedger {
  constructor(private readonly db: DataSource) {}

  async imported(rowKeys: readonly string[]): Promise<Map<string, ImportedRow>> {
    const found = new Map<string, ImportedRow>();
    for (let i = 0; i < rowKeys.length; i += LOOKUP_CHUNK) {
      const rows: { row_key: string; file: string; line: number; recorded_at: string }[] = await this.db.query(
        `SELECT DISTINCT ON (metadata->'import'->>'rowKey') metadata->'import'->>'rowKey' AS row_key,
                metadata->'import'->>'file' AS file, (metadata->'import'->>'line')::int AS line,
                metadata->>'recordedAt' AS recorded_at
         FROM events
         WHERE metadata ? 'import' AND (metadata->'import'->>'rowKey') = ANY($1::text[])
         ORDER BY metadata->'import'->>'rowKey', global_position`,
        [rowKeys.slice(i, i + LOOKUP_CHUNK)],
      );
      for (const r of rows) found.set(r.row_key, { file: r.file, line: r.line, recordedAt: r.recorded_at });
    }
    return found;
  }
}

/** For a store without SQL (KurrentDB): one scan of the global order per import. */
export class ScanningImportLedger implements ImportLedger {
  constructor(private readonly store: EventStore) {}

  async imported(rowKeys: readonly string[]): Promise<Map<string, ImportedRow>> {
    const wanted = new Set(rowKeys);
    const found = new Map<string, ImportedRow>();
    let from = START;
    for (;;) {
      const batch = await this.store.readAll(from, 2000);
      for (const e of batch.events) {
        const origin = e.metadata.import as { rowKey?: string; file?: string; line?: number } | undefined;
        if (origin?.rowKey && wanted.has(origin.rowKey) && !found.has(origin.rowKey))
          found.set(origin.rowKey, {
            file: origin.file ?? '',
            line: origin.line ?? 0,
            recordedAt: e.metadata.recordedAt,
          });
      }
      if (batch.events.length === 0) return found;
      from = batch.next;
    }
  }
}

/** The ledger for whichever store is in use; only event-store/ knows which that is. */
export const importLedgerProvider: Provider = {
  provide: IMPORT_LEDGER,
  inject: [EVENT_STORE, DataSource],
  useFactory: (store: EventStore, db: DataSource): ImportLedger =>
    storeBeneath(store) instanceof PostgresEventStore
      ? new PostgresImportLedger(db)
      : new ScanningImportLedger(storeBeneath(store)),
};

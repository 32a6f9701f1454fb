import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports recognise rows already imported by the row key each of their events carries in
 * `metadata.import.rowKey`. Partial: events that did not come from an import are not indexed.
 */
export class ImportLedgerIndex1764460800200 implements MigrationInterface {
  name = 'ImportLedgerIndex1764460800200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX events_import_row_key ON events ((metadata->'import'->>'rowKey')) WHERE metadata ? 'import'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX events_import_row_key`);
  }
}

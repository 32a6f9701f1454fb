import type { QueryRunner } from 'typeorm';

/**
 * Frozen helpers for migrations that create bitemporal read-model tables (ADR 0009). Migrations
 * must keep meaning what they meant when they ran: change nothing here; add a new helper instead.
 *
 * A bitemporal table `t` has `known_from` (the instant its row became known) and `known_to`
 * (always NULL in `t`) and a twin `t_history` with the same columns, where the trigger below keeps
 * every superseded version with the instant it was superseded (`cadre.known_at`, set by the
 * projection runner for each event).
 */

// A row created and superseded at the same instant was never visible: it leaves no history.
// History is inserted by column name (jsonb), so the twins' column order may differ.
export const CREATE_KEEP_HISTORY_FUNCTION = `
CREATE OR REPLACE FUNCTION cadre_keep_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  k timestamptz := nullif(current_setting('cadre.known_at', true), '')::timestamptz;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.known_from IS NULL THEN
      IF k IS NULL THEN
        RAISE EXCEPTION 'read model % changed outside a projection batch (cadre.known_at unset)', TG_TABLE_NAME;
      END IF;
      NEW.known_from := k;
    END IF;
    NEW.known_to := NULL;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NULL;
  END IF;
  IF k IS NULL THEN
    RAISE EXCEPTION 'read model % changed outside a projection batch (cadre.known_at unset)', TG_TABLE_NAME;
  END IF;
  IF OLD.known_from < k THEN
    EXECUTE format('INSERT INTO %I.%I SELECT * FROM jsonb_populate_record(NULL::%I.%I, $1)',
                   TG_TABLE_SCHEMA, TG_ARGV[0], TG_TABLE_SCHEMA, TG_ARGV[0])
      USING to_jsonb(OLD) || jsonb_build_object('known_to', k);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  NEW.known_from := k;
  RETURN NEW;
END
$fn$`;

/**
 * Creates `name` with `columns` (SQL column definitions, without the known-time ones) and
 * `primaryKey`, its history twin indexed for "known at k", and the trigger that fills the twin.
 */
export async function createBitemporalTable(
  q: QueryRunner,
  name: string,
  columns: string,
  primaryKey: string,
): Promise<void> {
  await q.query(`
    CREATE TABLE ${name} (
      ${columns},
      known_from timestamptz NOT NULL,
      known_to timestamptz,
      PRIMARY KEY (${primaryKey})
    )`);
  const history = `${name}_history`;
  await q.query(`CREATE TABLE ${history} (LIKE ${name} INCLUDING DEFAULTS)`);
  await q.query(`ALTER TABLE ${history} ALTER COLUMN known_to SET NOT NULL`);
  await q.query(`CREATE INDEX ${history}_known ON ${history} (known_to, known_from)`);
  await q.query(
    `CREATE TRIGGER ${name}_keeps_history BEFORE INSERT OR UPDATE OR DELETE ON ${name}
     FOR EACH ROW EXECUTE FUNCTION cadre_keep_history('${history}')`,
  );
}

/**
 * Frozen (see bitemporal-tables.ts): the history trigger function as migration 1764460800500 left
 * it. The one change from the first version: while `cadre.scrubbing` is on (an erasure scrubbing a
 * person's personal values out of the read models, ADR 0080), an UPDATE rewrites the row in place,
 * keeping its known time and archiving nothing, since archiving would keep the very values being
 * erased. Scrubs rewrite the history twins the same way, so "as known at" still answers every
 * instant, only with the values erased.
 */
export const CREATE_KEEP_HISTORY_FUNCTION_V2 = `
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
  IF TG_OP = 'UPDATE' AND current_setting('cadre.scrubbing', true) = 'on' THEN
    NEW.known_from := OLD.known_from;
    RETURN NEW;
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

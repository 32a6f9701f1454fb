import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBitemporalTable } from './support/bitemporal-tables.js';

/** Valid time on every row: from `valid_from` (inclusive) to `valid_to` (exclusive, NULL open). */
const VALID = `valid_from date NOT NULL, valid_to date`;
const OPEN = 'WHERE valid_to IS NULL';

/**
 * The Centre for Social Work's read models (ADR 0070), bitemporal like every other (ADR 0009):
 * councils that applied to an intake, participants with their days attended, and each day of
 * on-site support given by Triborough staff. A new projection: it fills them from the events.
 */
export class CentreReadModels1764460800400 implements MigrationInterface {
  name = 'CentreReadModels1764460800400';

  async up(q: QueryRunner): Promise<void> {
    await createBitemporalTable(
      q,
      'centre_council_view',
      `council_id text NOT NULL, ${VALID}, intake_year integer NOT NULL, name text NOT NULL,
       ofsted_rating text NOT NULL, leadership_notes text NOT NULL, status text NOT NULL, applied_on date NOT NULL,
       decided_on date, decision_reason text`,
      'council_id, valid_from',
    );
    await q.query(`CREATE INDEX centre_council_view_open ON centre_council_view (intake_year, name) ${OPEN}`);

    // `name` is personal data (a member of another council's staff).
    await createBitemporalTable(
      q,
      'centre_participant_view',
      `participant_id text NOT NULL, ${VALID}, intake_year integer NOT NULL, council_id text NOT NULL,
       participant_group text NOT NULL, name text NOT NULL, status text NOT NULL, registered_on date NOT NULL,
       completed_on date, fee_pence bigint NOT NULL, intake_starts_on date NOT NULL, classroom_days integer NOT NULL,
       embedded_days integer NOT NULL, on_site_days integer NOT NULL, attendance jsonb NOT NULL,
       version integer NOT NULL`,
      'participant_id, valid_from',
    );
    await q.query(
      `CREATE INDEX centre_participant_view_open ON centre_participant_view (intake_year, council_id) ${OPEN}`,
    );

    await createBitemporalTable(
      q,
      'centre_on_site_support_view',
      `council_id text NOT NULL, support_day text NOT NULL, ${VALID}, staff_id text NOT NULL,
       given_on date NOT NULL, intake_year integer NOT NULL, hours_hundredths integer NOT NULL`,
      'council_id, support_day, valid_from',
    );
    // Caseloads ask for one person's hours in a period.
    await q.query(`CREATE INDEX centre_on_site_support_view_staff ON centre_on_site_support_view (staff_id, given_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['centre_council_view', 'centre_participant_view', 'centre_on_site_support_view']) {
      await q.query(`DROP TABLE ${table}_history`);
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DELETE FROM projection_checkpoints WHERE name = ANY($1)`, [['centre', 'centre__rebuild']]);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBitemporalTable } from './support/bitemporal-tables.js';

const TABLES = ['caseload_person_view', 'caseload_plan_view', 'caseload_history_view'];

/** Valid time on every row: from `valid_from` (inclusive) to `valid_to` (exclusive, NULL open). */
const VALID = `valid_from date NOT NULL, valid_to date`;

/**
 * Caseload planning (issue 7, ADR 0050): each person's tally and what the cap rule needs of them,
 * the plan's caps as they stood, and every caseload change, all answering "as at" and "known at"
 * (ADR 0009). New tables: the projection fills them from the events on the next start.
 */
export class CaseloadsReadModel1764460800300 implements MigrationInterface {
  name = 'CaseloadsReadModel1764460800300';

  async up(q: QueryRunner): Promise<void> {
    await createBitemporalTable(
      q,
      'caseload_person_view',
      `staff_id text NOT NULL, ${VALID}, borough text NOT NULL, role text NOT NULL, fte_hundredths integer NOT NULL,
       social_work_registered boolean NOT NULL, dual_qualified boolean NOT NULL, left_on date,
       open_cases integer NOT NULL, counted_on date, cap_override integer`,
      'staff_id, valid_from',
    );
    await q.query(
      `CREATE INDEX caseload_person_view_open ON caseload_person_view (borough, staff_id) WHERE valid_to IS NULL`,
    );
    await createBitemporalTable(
      q,
      'caseload_plan_view',
      `plan_id text NOT NULL, ${VALID}, revision integer NOT NULL, caseloads jsonb, integration jsonb NOT NULL`,
      'plan_id, valid_from',
    );
    // Append-only: an entry holds from its own effective date, cut by the query.
    await createBitemporalTable(
      q,
      'caseload_history_view',
      `staff_id text NOT NULL, version integer NOT NULL, event_id text NOT NULL, type text NOT NULL,
       effective_on date NOT NULL, cases integer, open_cases integer NOT NULL, cap integer, over_cap boolean NOT NULL,
       recorded_at timestamptz NOT NULL, actor text NOT NULL, reason text`,
      'staff_id, version',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`DROP TABLE ${table}_history`);
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DELETE FROM projection_checkpoints WHERE name = ANY($1)`, [['caseloads', 'caseloads__rebuild']]);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { StaffReadModel1764460800010 } from './1764460800010-staff-read-model.js';
import { TrainingReadModel1764460800020 } from './1764460800020-training-read-model.js';
import { PlanReadModel1764460800040 } from './1764460800040-plan-read-model.js';
import { PostsReadModel1764460800050 } from './1764460800050-posts-read-model.js';
import { CREATE_KEEP_HISTORY_FUNCTION, createBitemporalTable } from './support/bitemporal-tables.js';

const RESHAPED = [
  'staff_view',
  'cohort_view',
  'cohort_member_view',
  'cohort_person_view',
  'pipeline_person_view',
  'pipeline_completion_view',
  'post_view',
  'plan_view',
  'tapering_post_period',
  'tapering_person_period',
  'tapering_cohort',
  'tapering_enrolment',
];
const PROJECTIONS = ['staff-list', 'cohorts', 'pipeline', 'posts', 'plan', 'tapering'];

/** Valid time on every row: from `valid_from` (inclusive) to `valid_to` (exclusive, NULL open). */
const VALID = `valid_from date NOT NULL, valid_to date`;

/**
 * Read models answer "as at" a date and "as known at" an instant (ADR 0009). Entity views become
 * effective-dated versions (`valid_from`/`valid_to`); every table gains known time and a history
 * twin kept by a trigger. Read models are derived data: the old tables are dropped and their
 * projections' checkpoints removed, so they are rebuilt from the events on the next start.
 */
export class BitemporalReadModels1764460800070 implements MigrationInterface {
  name = 'BitemporalReadModels1764460800070';

  async up(q: QueryRunner): Promise<void> {
    await q.query(CREATE_KEEP_HISTORY_FUNCTION);
    await q.query(`ALTER TABLE projection_checkpoints ADD COLUMN known_through timestamptz`);
    for (const table of RESHAPED) await q.query(`DROP TABLE ${table}`);
    await forgetCheckpoints(q);

    await createBitemporalTable(
      q,
      'staff_view',
      `staff_id uuid NOT NULL, ${VALID}, name text NOT NULL, borough text NOT NULL, role text NOT NULL,
       fte_hundredths integer NOT NULL, started_on date NOT NULL, left_on date, left_reason text,
       registration_number text, registered_on date, systemic_level integer NOT NULL,
       current_enrolment jsonb, waitlists jsonb NOT NULL, dual_qualified boolean NOT NULL,
       dual_qualified_on date, qualifications jsonb NOT NULL, version integer NOT NULL,
       updated_at timestamptz NOT NULL`,
      'staff_id, valid_from',
    );
    // Today's lists read the open versions, sorted by (name COLLATE "C", staff_id).
    const open = 'WHERE valid_to IS NULL';
    await q.query(`CREATE UNIQUE INDEX staff_view_open ON staff_view (staff_id) ${open}`);
    await q.query(`CREATE INDEX staff_view_open_name ON staff_view (name COLLATE "C", staff_id) ${open}`);
    await q.query(`CREATE INDEX staff_view_open_borough ON staff_view (borough, name COLLATE "C", staff_id) ${open}`);

    await createBitemporalTable(
      q,
      'cohort_view',
      `cohort_id text NOT NULL, ${VALID}, level smallint NOT NULL, name text NOT NULL, provider text NOT NULL,
       starts_on date NOT NULL, ends_on date NOT NULL, capacity integer NOT NULL`,
      'cohort_id, valid_from',
    );
    // `arrival` is the global position of the arrival event: first come, first served.
    await createBitemporalTable(
      q,
      'cohort_member_view',
      `cohort_id text NOT NULL, staff_id text NOT NULL, ${VALID}, status text NOT NULL, arrival text NOT NULL,
       waitlisted_on date, enrolled_on date, outcome_on date, removed_reason text`,
      'cohort_id, staff_id, valid_from',
    );
    await q.query(`CREATE INDEX cohort_member_view_open ON cohort_member_view (cohort_id, arrival) ${open}`);
    await createBitemporalTable(
      q,
      'cohort_person_view',
      `staff_id text NOT NULL, ${VALID}, name text NOT NULL`,
      'staff_id, valid_from',
    );

    await createBitemporalTable(
      q,
      'pipeline_person_view',
      `staff_id text NOT NULL, ${VALID}, borough text NOT NULL, fte_hundredths integer NOT NULL, left_on date,
       systemic_level smallint NOT NULL, dual_qualified boolean NOT NULL, dual_qualified_on date,
       training_level smallint, training_cohort_id text`,
      'staff_id, valid_from',
    );
    await createBitemporalTable(
      q,
      'pipeline_completion_view',
      `staff_id text NOT NULL, level smallint NOT NULL, ${VALID}, completed_on date NOT NULL, cohort_id text NOT NULL`,
      'staff_id, level, valid_from',
    );

    await createBitemporalTable(
      q,
      'post_view',
      `post_id text NOT NULL, ${VALID}, title text NOT NULL, kind text NOT NULL, borough text NOT NULL,
       wte_hundredths integer NOT NULL, funded_by text NOT NULL, annual_cost_pence bigint NOT NULL,
       established_on date NOT NULL, status text NOT NULL, ended_on date, integrated_into text,
       holder_staff_id text, holder_from date, integrated_wte_hundredths integer NOT NULL, holders jsonb NOT NULL,
       integrated_work jsonb NOT NULL, version integer NOT NULL, updated_at timestamptz NOT NULL`,
      'post_id, valid_from',
    );
    await q.query(`CREATE INDEX post_view_open ON post_view (borough, kind, title, post_id) ${open}`);

    // Append-only: a revision is in force from the UK day it was recorded until the next one.
    await createBitemporalTable(
      q,
      'plan_view',
      `revision integer NOT NULL, document jsonb NOT NULL, reason text, actor text NOT NULL,
       recorded_at timestamptz NOT NULL, effective_on date NOT NULL`,
      'revision',
    );

    await createBitemporalTable(
      q,
      'tapering_post_period',
      `post_id text NOT NULL, ${VALID}, kind text NOT NULL, borough text NOT NULL, wte_hundredths integer NOT NULL,
       funded_by text NOT NULL, annual_cost_pence bigint NOT NULL, holder_staff_id text,
       integrated_wte_hundredths integer NOT NULL DEFAULT 0`,
      'post_id, valid_from',
    );
    await q.query(`CREATE INDEX tapering_post_period_kind ON tapering_post_period (kind, valid_from)`);
    await createBitemporalTable(
      q,
      'tapering_person_period',
      `staff_id text NOT NULL, ${VALID}, borough text NOT NULL, fte_hundredths integer NOT NULL,
       registered boolean NOT NULL, dual boolean NOT NULL`,
      'staff_id, valid_from',
    );
    await q.query(`CREATE INDEX tapering_person_period_dual ON tapering_person_period (valid_from) WHERE dual`);
    await createBitemporalTable(
      q,
      'tapering_cohort',
      `cohort_id text NOT NULL, level smallint NOT NULL, starts_on date NOT NULL, ends_on date NOT NULL`,
      'cohort_id',
    );
    await createBitemporalTable(
      q,
      'tapering_enrolment',
      `staff_id text NOT NULL, cohort_id text NOT NULL, started_on date NOT NULL, level smallint NOT NULL,
       cohort_starts_on date NOT NULL, cohort_ends_on date NOT NULL, ended_on date, outcome text`,
      'staff_id, cohort_id, started_on',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of RESHAPED) {
      await q.query(`DROP TABLE ${table}_history`);
      await q.query(`DROP TABLE ${table}`);
    }
    await forgetCheckpoints(q);
    await q.query(`ALTER TABLE projection_checkpoints DROP COLUMN known_through`);
    await q.query(`DROP FUNCTION cadre_keep_history()`);
    await new StaffReadModel1764460800010().up(q);
    await new TrainingReadModel1764460800020().up(q);
    await new PlanReadModel1764460800040().up(q);
    await new PostsReadModel1764460800050().up(q);
  }
}

async function forgetCheckpoints(q: QueryRunner): Promise<void> {
  const names = PROJECTIONS.flatMap((p) => [p, `${p}__rebuild`]);
  await q.query(`DELETE FROM projection_checkpoints WHERE name = ANY($1)`, [names]);
}

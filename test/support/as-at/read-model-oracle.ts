import type { DataSource } from 'typeorm';
import { caseloadHistoryAt } from '../../../src/caseloads/read-model/caseload-history.js';
import {
  caseloadCandidatesAt,
  caseloadCapacityAt,
  caseloadPersonExistsAt,
  listCaseloadsAt,
} from '../../../src/caseloads/read-model/caseload-queries.js';
import { taperingAt } from '../../../src/dashboard/application/get-tapering.handler.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { fundingOf } from '../../../src/plan/domain/funding.js';
import { loadEffectivePlan, loadPlanHistory } from '../../../src/plan/read-model/plan-view.js';
import { findPostAt, listPostsAt } from '../../../src/posts/read-model/post-queries.js';
import { applyBatch, applyEvents } from '../../../src/projections/apply-batch.js';
import { KnownInstants, knownBy } from '../../../src/projections/bitemporal/known-instants.js';
import { createCopies, physicalTables } from '../../../src/projections/bitemporal/table-copies.js';
import { checkpoints } from '../../../src/projections/checkpoints.js';
import { effectiveDateOf } from '../../../src/projections/effective-date.js';
import type { Projection } from '../../../src/projections/projection.js';
import { DomainError } from '../../../src/shared/domain-error.js';
import { comparePositions, START, type RecordedEvent } from '../../../src/shared/event.js';
import { NOW, referenceDay, type ReadCut } from '../../../src/shared/read-cut.js';
import { BOROUGHS, type IsoDate } from '../../../src/shared/values.js';
import { findStaffView, listStaffViews } from '../../../src/staff/read-model/staff-queries.js';
import { findCohortAt, listCohortsAt } from '../../../src/training/read-model/cohort-queries.js';
import { pipelineReportAt } from '../../../src/training/read-model/pipeline-queries.js';

type Queryable = Pick<DataSource, 'query'>;

const SCHEMA = 'as_at_oracle';
// The whole programme and one borough: the borough figures come from the same rows, apportioned.
const SCOPES = [undefined, BOROUGHS[0]];

const orNull = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'PLAN.NOT_ADOPTED') return null;
    throw error;
  }
};

/**
 * What every "as at" read endpoint answers at `cut`, read through `q`: the staff list and a
 * person, the cohorts and each cohort's roster, the pipeline report, the posts and each post, the
 * plan, its history and funding, and the tapering dashboard, for the programme and a borough.
 */
export async function answersAt(q: Queryable, cut: ReadCut, today: IsoDate, programmeStart: IsoDate) {
  const day = referenceDay(cut, today);
  const staff = await listStaffViews(q, {}, 1, 500, cut);
  const firstPerson = staff.items[0] ? await findStaffView(q, staff.items[0].staffId, cut) : null;
  const cohorts = await listCohortsAt(q, {}, 1, 500, cut);
  const rosters = [];
  for (const c of cohorts.items) rosters.push(await findCohortAt(q, c.id, cut));
  const pipeline = [];
  for (const borough of SCOPES) pipeline.push(await pipelineReportAt(q, { borough, on: day, programmeStart }, cut));
  const posts = await listPostsAt(q, {}, 1, 500, cut);
  const postDetails = [];
  for (const p of posts.items) postDetails.push(await findPostAt(q, p.postId, cut));
  const query = (sql: string, params?: unknown[]) => q.query(sql, params);
  const plan = (await loadEffectivePlan(query, cut)) ?? null;
  const planHistory = await loadPlanHistory(query, cut);
  const dashboards = [];
  for (const borough of SCOPES) dashboards.push(await orNull(() => taperingAt(q, borough, cut, today)));
  return {
    ...(await caseloadAnswersAt(
      q,
      staff.items.map((s) => s.staffId),
      cut,
      today,
    )),
    staff,
    firstPerson,
    cohorts,
    rosters,
    pipeline,
    posts,
    postDetails,
    plan,
    planHistory,
    funding: plan && fundingOf(plan.document),
    dashboards,
  };
}

/**
 * What the caseload endpoints answer at `cut`: the list (all, and over cap only), capacity and
 * candidates for the programme and a borough, and each person's caseload history (null when the
 * endpoint answers 404).
 */
async function caseloadAnswersAt(q: Queryable, staffIds: string[], cut: ReadCut, today: IsoDate) {
  const caseloads = [await listCaseloadsAt(q, {}, cut, today), await listCaseloadsAt(q, { over: true }, cut, today)];
  const capacity = [];
  const candidates = [];
  for (const borough of SCOPES) {
    capacity.push(await caseloadCapacityAt(q, borough, cut, today));
    candidates.push(await caseloadCandidatesAt(q, borough, cut, today));
  }
  const histories = [];
  for (const id of staffIds) {
    histories.push((await caseloadPersonExistsAt(q, id, cut)) ? await caseloadHistoryAt(q, id, cut) : null);
  }
  return { caseloads, capacity, candidates, caseloadHistories: histories };
}

/**
 * Empties small tables faster than TRUNCATE, which on PostgreSQL makes new files for every table
 * and index (most of a history's time went there): rows are deleted with triggers off, so the
 * history triggers neither archive nor refuse (the test runs as a superuser).
 */
export async function emptyTables(tx: Queryable, tables: readonly string[]): Promise<void> {
  await tx.query(`SET LOCAL session_replication_role = replica`);
  for (const table of tables) await tx.query(`DELETE FROM ${table}`);
  await tx.query(`SET LOCAL session_replication_role = origin`);
}

/**
 * The whole log, once every event in it is readable in the global order. On PostgreSQL the global
 * read stops below the oldest transaction in flight anywhere on the server (ADR 0003), so another
 * session's open transaction can hide the newest events for a moment: wait until none are hidden.
 */
export async function readWholeLog(db: DataSource, store: EventStore): Promise<RecordedEvent[]> {
  for (let attempt = 0; ; attempt++) {
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM events`)) as { n: number }[];
    const events: RecordedEvent[] = [];
    for (let position = START; ;) {
      const batch = await store.readAll(position, 1000);
      if (batch.events.length === 0) break;
      events.push(...batch.events);
      position = batch.next;
    }
    if (events.length === n) return events;
    if (attempt > 200) throw new Error(`only ${events.length} of ${n} events became readable`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Applies the whole log to the live read models, as the runner would. */
export async function catchUp(
  db: DataSource,
  store: EventStore,
  projections: readonly Projection[],
): Promise<RecordedEvent[]> {
  const log = await readWholeLog(db, store);
  for (const projection of projections) {
    const { position } = await checkpoints.read(db, projection.name);
    const rest = log.filter((e) => comparePositions(e.position, position) > 0);
    if (rest.length) await applyBatch(db, projection, projection.name, position, rest);
  }
  return log;
}

/**
 * The oracle: what a rebuild of the read models from the events cut at a point would answer.
 * It replays, with the projections' own code, only the events known by `knownAt` and effective by
 * `asAt` into scratch copies of the read-model tables (in a schema of their own), then asks the
 * same queries of them with no cut, on the cut's day.
 */
export class ReadModelOracle {
  constructor(
    private readonly db: DataSource,
    private readonly projections: readonly Projection[],
  ) {}

  private copyName = (table: string) => `${SCHEMA}.${table}`;

  async setUp(): Promise<void> {
    await this.db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await this.db.query(`CREATE SCHEMA ${SCHEMA}`);
    for (const p of this.projections) await createCopies(this.db, p, this.copyName, { unlogged: true });
  }

  async tearDown(): Promise<void> {
    await this.db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  }

  /** The events a rebuild cut at `cut` sees, in log order. */
  static eventsAt(log: readonly RecordedEvent[], cut: ReadCut): RecordedEvent[] {
    const known = cut.knownAt === undefined ? [...log] : knownBy(log, cut.knownAt);
    return cut.asAt === undefined ? known : known.filter((e) => effectiveDateOf(e) <= cut.asAt!);
  }

  async answersAt(log: readonly RecordedEvent[], cut: ReadCut, today: IsoDate, programmeStart: IsoDate) {
    const events = ReadModelOracle.eventsAt(log, cut);
    const tables = this.projections.flatMap((p) => physicalTables(p)).map(this.copyName);
    await this.db.transaction(async (tx) => {
      await emptyTables(tx, tables);
      for (const p of this.projections) {
        const namer = (t: string) => (physicalTables(p).includes(t) ? this.copyName(t) : t);
        await applyEvents(tx, p, events, namer, new KnownInstants());
      }
    });
    return this.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL search_path TO ${SCHEMA}, public`);
      return answersAt(tx, NOW, referenceDay(cut, today), programmeStart);
    });
  }
}

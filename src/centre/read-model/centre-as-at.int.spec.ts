import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { requireValidPlan } from '../../plan/domain/plan-document.js';
import { loadEffectivePlan } from '../../plan/read-model/plan-view.js';
import { PlanProjection } from '../../plan/read-model/plan.projection.js';
import { applyEvents } from '../../projections/apply-batch.js';
import { KnownInstants, knownBy } from '../../projections/bitemporal/known-instants.js';
import { createCopies, physicalTables } from '../../projections/bitemporal/table-copies.js';
import { effectiveDateOf } from '../../projections/effective-date.js';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import type { RecordedEvent } from '../../shared/event.js';
import { testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.js';
import {
  applied,
  classroomDay,
  declined,
  placeTaken,
  registered,
  selected,
  supportGiven,
} from '../domain/centre.fixtures.js';
import { intakeStreamId } from '../domain/intake.events.js';
import { participantStreamId } from '../domain/participant.events.js';
import { listCouncilsAt, type Queryable } from './council-queries.js';
import { centreFinancesOf } from '../domain/centre-finances.js';
import { invoicedByYearAt, invoicesAt } from './finance-queries.js';
import { intakesAt } from './intake-queries.js';
import { listOnSiteSupportAt, onSiteSupportHours } from './on-site-support-queries.js';
import { findParticipantAt, listParticipantsAt } from './participant-queries.js';
import { CentreProjection } from './centre.projection.js';

/**
 * "As at" and "as known at" for the Centre's read models (ADR 0009): every query at a cut must
 * answer what a rebuild from only the events inside that cut answers with no cut. The history has
 * records entered late (a day attended, recorded weeks after) and back-dated ones.
 */
const PLAN = requireValidPlan(
  JSON.parse(readFileSync(new URL('../../../plans/triborough-2016.json', import.meta.url), 'utf8')),
);
const SCHEMA = 'centre_as_at_oracle';

const versions = new Map<string, number>();
let position = 0n;
const at = (recordedAt: string, streamId: string, event: { type: string; data: object }): RecordedEvent => {
  const streamVersion = versions.get(streamId) ?? 0;
  versions.set(streamId, streamVersion + 1);
  position++;
  return {
    eventId: randomUUID(),
    streamId,
    streamVersion,
    position: { commit: position, prepare: position },
    type: event.type,
    schemaVersion: 1,
    data: event.data as Record<string, unknown>,
    metadata: { actor: 'lead', correlationId: randomUUID(), recordedAt: `${recordedAt}T10:00:00.000Z` },
    hash: '',
  };
};
const intake = intakeStreamId(2);
const p1 = participantStreamId('p1');
const p2 = participantStreamId('p2');

const LOG: RecordedEvent[] = [
  at('2016-10-01', 'plan-triborough', { type: 'PlanAdopted', data: { revision: 1, document: PLAN } }),
  at('2016-11-01', intake, applied('c1', 'Avon')),
  at('2016-11-20', intake, applied('c2', 'Brent', { appliedOn: '2016-11-20' })),
  at('2017-01-20', intake, selected('c1', '2017-01-20')),
  at('2017-01-21', intake, declined('c2', '2017-01-21')),
  at('2017-03-01', intake, placeTaken('p1')),
  at('2017-03-01', p1, registered('p1')),
  at('2017-03-01', intake, placeTaken('p2', 'practice-leader')),
  at('2017-03-01', p2, registered('p2', { group: 'practice-leader', name: 'Sam Leader' })),
  at('2017-04-10', p1, classroomDay('2017-04-10', 'p1')),
  at('2017-05-02', intake, supportGiven('s1', '2017-05-02')),
  at('2017-05-03', p1, {
    type: 'CentreAttendanceRecorded',
    data: { participantId: 'p1', on: '2017-05-02', kind: 'on-site', staffId: 's1' },
  }),
  // Recorded late: p2's first day, seven weeks after it.
  at('2017-06-01', p2, classroomDay('2017-04-10', 'p2')),
  at('2017-06-10', intake, supportGiven('s1', '2017-06-06')),
  at('2018-03-05', p1, {
    type: 'CentreParticipantCompleted',
    data: { participantId: 'p1', completedOn: '2018-03-01' },
  }),
  // Back-dated a year: p2's embedded day.
  at('2018-04-01', p2, {
    type: 'CentreAttendanceRecorded',
    data: {
      participantId: 'p2',
      on: '2017-04-24',
      kind: 'embedded',
      service: 'Leaving care, Hammersmith',
      borough: 'LBHF',
    },
  }),
];

const AS_AT = [
  undefined,
  '2016-11-10',
  '2017-01-20',
  '2017-03-01',
  '2017-04-10',
  '2017-04-24',
  '2017-05-02',
  '2017-06-06',
  '2018-03-01',
];
const KNOWN_AT = [
  undefined,
  '2016-12-01T00:00:00.000Z',
  '2017-05-15T00:00:00.000Z',
  '2017-06-05T00:00:00.000Z',
  '2018-03-10T00:00:00.000Z',
];

/** Everything the Centre's read endpoints answer, read through `q` at `cut`. */
const answersAt = async (q: Queryable, cut: ReadCut) => {
  const query = (sql: string, params?: unknown[]) => q.query(sql, params);
  const plan = await loadEffectivePlan(query, cut);
  return {
    councils: await listCouncilsAt(q, {}, cut),
    participants: await listParticipantsAt(q, {}, 1, 50, cut),
    p2: (await findParticipantAt(q, 'p2', cut)) ?? null,
    support: await listOnSiteSupportAt(q, {}, cut),
    hours: await onSiteSupportHours(q, 's1', { from: '2017-04-01', to: '2018-03-31' }, cut),
    invoices: await invoicesAt(q, {}, cut),
    intakes: plan?.document.centre ? await intakesAt(q, plan.document.centre, cut) : null,
    finances: plan ? centreFinancesOf(plan.document, await invoicedByYearAt(q, cut)) : null,
  };
};

describe.each(testDatabaseKinds())(
  'the Centre read models as at a date and as known at an instant, on $name',
  (kind) => {
    let db: TestDatabase;
    const projections = [new PlanProjection(), new CentreProjection()];
    const copy = (table: string) => `${SCHEMA}.${table}`;

    beforeAll(async () => {
      db = await kind.open();
      await db.dataSource.transaction(async (tx) => {
        for (const p of projections) await applyEvents(tx, p, LOG, (t) => t, new KnownInstants());
      });
      await db.dataSource.query(`CREATE SCHEMA ${SCHEMA}`);
      for (const p of projections) await createCopies(db.dataSource, p, copy, { unlogged: true });
    });
    afterAll(() => db?.close());

    /** A rebuild from only the events inside the cut, asked with no cut. */
    const oracle = async (cut: ReadCut) => {
      const known = cut.knownAt === undefined ? LOG : knownBy(LOG, cut.knownAt);
      const events = cut.asAt === undefined ? known : known.filter((e) => effectiveDateOf(e) <= cut.asAt!);
      const tables = projections.flatMap((p) => physicalTables(p)).map(copy);
      await db.dataSource.transaction(async (tx) => {
        await tx.query(`TRUNCATE ${tables.join(', ')}`);
        for (const p of projections) await applyEvents(tx, p, events, copy, new KnownInstants());
      });
      return db.dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL search_path TO ${SCHEMA}, public`);
        return answersAt(tx, NOW);
      });
    };

    it('answers every cut as a rebuild from the events inside it', async () => {
      let compared = 0;
      for (const asAt of AS_AT)
        for (const knownAt of KNOWN_AT) {
          const cut: ReadCut = { ...(asAt ? { asAt } : {}), ...(knownAt ? { knownAt } : {}) };
          const expected = await oracle(cut);
          expect({ cut, answers: await answersAt(db.dataSource, cut) }).toEqual({ cut, answers: expected });
          compared++;
        }
      expect(compared).toBe(AS_AT.length * KNOWN_AT.length);
    });

    it('shows a day recorded late from its own date, and not as known before it was recorded', async () => {
      const asAt = { asAt: '2017-04-30' };
      expect((await findParticipantAt(db.dataSource, 'p2', asAt))?.classroomDays).toBe(1);
      const before = { ...asAt, knownAt: '2017-05-15T00:00:00.000Z' };
      expect((await findParticipantAt(db.dataSource, 'p2', before))?.classroomDays).toBe(0);
      expect(await findParticipantAt(db.dataSource, 'p2', { asAt: '2017-02-28' })).toBeUndefined();
      expect(
        (await onSiteSupportHours(db.dataSource, 's1', { from: '2017-04-01', to: '2018-03-31' })).hoursHundredths,
      ).toBe(1500);
      expect(
        (
          await onSiteSupportHours(
            db.dataSource,
            's1',
            { from: '2017-04-01', to: '2018-03-31' },
            { asAt: '2017-05-31' },
          )
        ).hours,
      ).toBe(7.5);
    });
  },
);

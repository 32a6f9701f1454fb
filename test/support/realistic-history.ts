import { randomUUID } from 'node:crypto';
import type { EventStore, StreamAppend } from '../../src/event-store/event-store.port.js';
import type { DomainEvent } from '../../src/shared/event.js';
import type { Borough, IsoDate, Role, SystemicLevel } from '../../src/shared/values.js';
import { cohortStreamId, type CohortEvent } from '../../src/training/domain/cohort.events.js';
import { staffStreamId, type StaffEvent } from '../../src/staff/domain/staff.events.js';

/**
 * A programme's worth of history with the shape the real handlers write: cohorts scheduled first,
 * then people hired, registered, enrolled (person and cohort in one atomic append), completing
 * levels, changing details and leaving. Deterministic for a seed, apart from ids.
 */
export type Transaction = StreamAppend[];

const BOROUGHS: Borough[] = ['LBHF', 'RBKC', 'WCC'];
const ROLES: Role[] = ['social-worker', 'practitioner', 'frontline-manager', 'practice-leader', 'clinician'];
const ACTORS = ['hr.amira', 'hr.ben', 'lead.chen', 'admin'];
const LEVELS: SystemicLevel[] = [1, 2, 3, 4];

const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface History {
  /** Cohorts, to be appended (and committed) before anything refers to them. */
  cohorts: Transaction[];
  /** Each person's transactions in order; different people may be written concurrently. */
  people: Transaction[][];
  events: number;
}

export function realisticHistory(targetEvents: number, seed = 2016): History {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const tx = (actor: string, ...parts: [string, (StaffEvent | CohortEvent)[]][]): Transaction =>
    parts.map(([streamId, events]) => ({ streamId, expected: 'any', events: events.map((e) => toNew(e, actor)) }));

  const cohortIds = new Map<SystemicLevel, string>(LEVELS.map((level) => [level, randomUUID()]));
  const cohorts = LEVELS.map((level) =>
    tx('admin', [
      cohortStreamId(cohortIds.get(level)!),
      [
        {
          type: 'CohortScheduled',
          data: {
            cohortId: cohortIds.get(level)!,
            level,
            name: `Systemic Year ${level}, 2016/17`,
            provider: 'Tavistock and Portman',
            startsOn: '2016-09-01',
            endsOn: '2017-07-31',
            capacity: 100_000,
          },
        },
      ],
    ]),
  );
  let events = cohorts.length;
  const people: Transaction[][] = [];
  while (events < targetEvents) {
    const staffId = randomUUID();
    const staff = staffStreamId(staffId);
    const actor = pick(ACTORS);
    const startedOn = addDays('2016-04-01', Math.floor(random() * 120));
    const registered = random() < 0.8;
    const own: Transaction[] = [
      tx(actor, [
        staff,
        [
          {
            type: 'StaffHired',
            data: {
              staffId,
              name: `Person ${people.length + 1}`,
              borough: pick(BOROUGHS),
              role: pick(ROLES),
              fteHundredths: pick([100, 100, 80, 60, 50]),
              startedOn,
            },
          },
        ],
      ]),
    ];
    if (registered)
      own.push(
        tx(actor, [
          staff,
          [
            {
              type: 'QualificationRecorded',
              data: {
                staffId,
                evidenceRef: 'SWE register',
                achievedOn: startedOn,
                kind: 'social-work-registration',
                registrationNumber: `SW${100000 + people.length}`,
              },
            },
          ],
        ]),
      );
    const levels = Math.floor(random() * 5);
    for (const level of LEVELS.filter((l) => l <= levels)) {
      const cohortId = cohortIds.get(level)!;
      const on = addDays('2016-08-01', level * 20);
      own.push(
        tx(
          pick(ACTORS),
          [staff, [{ type: 'EnrolmentStarted', data: { staffId, cohortId, level, status: 'enrolled', on } }]],
          [cohortStreamId(cohortId), [{ type: 'PersonEnrolled', data: { cohortId, staffId, level, enrolledOn: on } }]],
        ),
      );
      const completedOn = addDays('2017-07-01', level);
      const completion: StaffEvent[] = [
        { type: 'EnrolmentEnded', data: { staffId, cohortId, level, outcome: 'completed', on: completedOn } },
        { type: 'SystemicLevelCompleted', data: { staffId, level, completedOn, cohortId } },
      ];
      if (level === 4 && registered)
        completion.push({ type: 'DualQualificationAttained', data: { staffId, on: completedOn } });
      own.push(
        tx(
          'lead.chen',
          [staff, completion],
          [
            cohortStreamId(cohortId),
            [
              {
                type: 'EnrolmentOutcomeRecorded',
                data: { cohortId, staffId, level, outcome: 'completed', from: 'enrolled', on: completedOn },
              },
            ],
          ],
        ),
      );
    }
    if (random() < 0.3)
      own.push(
        tx(actor, [
          staff,
          [{ type: 'StaffDetailsChanged', data: { staffId, effectiveOn: '2017-09-01', fteHundredths: 60 } }],
        ]),
      );
    if (random() < 0.1)
      own.push(
        tx(actor, [staff, [{ type: 'StaffLeft', data: { staffId, leftOn: '2018-03-31', reason: 'moved away' } }]]),
      );
    events += own.flat().reduce((n, append) => n + append.events.length, 0);
    people.push(own);
  }
  return { cohorts, people, events };
}

const toNew = (event: DomainEvent, actor: string) => ({
  eventId: randomUUID(),
  type: event.type,
  schemaVersion: 1,
  data: event.data as Record<string, unknown>,
  metadata: { actor, correlationId: randomUUID() },
});

/**
 * Writes the history: cohorts first, then people on `lanes` concurrent writers, each person's
 * transactions in order, as the handlers would write them. `peoplePerAppend` > 1 (one lane) puts
 * that many people's histories into one atomic multi-stream append instead, every stream reading
 * the same: on the embedded engine, where each statement costs about a millisecond, it makes a
 * large history quick to write.
 */
export async function writeHistory(
  store: EventStore,
  history: History,
  { lanes = 1, peoplePerAppend = 1 }: { lanes?: number; peoplePerAppend?: number } = {},
): Promise<void> {
  for (const transaction of history.cohorts) await store.appendMulti(transaction);
  if (peoplePerAppend > 1) {
    for (let i = 0; i < history.people.length; i += peoplePerAppend) {
      const streams = new Map<string, StreamAppend>();
      for (const append of history.people.slice(i, i + peoplePerAppend).flat(2)) {
        const merged = streams.get(append.streamId) ?? { streamId: append.streamId, expected: 'any', events: [] };
        merged.events.push(...append.events);
        streams.set(append.streamId, merged);
      }
      await store.appendMulti([...streams.values()]);
    }
    return;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < history.people.length) {
        const person = history.people[next++];
        for (const transaction of person) await store.appendMulti(transaction);
      }
    }),
  );
}

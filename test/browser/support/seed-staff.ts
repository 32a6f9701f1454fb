import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StreamAppend } from '../../../src/event-store/event-store.port.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import type { GlobalPosition } from '../../../src/shared/event.js';
import type { StaffCommand } from '../../../src/staff/domain/staff.commands.js';
import { staffDecider } from '../../../src/staff/domain/staff.decider.js';
import { staffStreamId, type StaffEvent } from '../../../src/staff/domain/staff.events.js';

const BOROUGHS = ['LBHF', 'RBKC', 'WCC'];
// People per atomic append: fewer, larger transactions are quicker on the embedded engine.
const PER_APPEND = 250;
const ROLES = ['social-worker', 'social-worker', 'practitioner', 'frontline-manager', 'practice-leader', 'clinician'];

/** Deterministic for a seed (mulberry32), so every run seeds the same staff. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * Puts `count` people straight into the event store, each person's events decided by the staff
 * decider itself (so they are exactly what the API would write): hired, most of them registered,
 * some with prior systemic levels, a few with a family-therapy qualification (so dual qualified).
 * Appended in large atomic batches, then waits until every projection includes them all (thousands
 * of HTTP requests would take minutes on the embedded engine). Few events per person keep the
 * projections' catch-up short: the page load depends on the rows, not on how many events made them.
 */
export async function seedStaff(app: INestApplication, count: number, seed = 5000): Promise<number> {
  const store = app.get<EventStore>(EVENT_STORE);
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  let events = 0;
  let last: GlobalPosition | null = null;
  for (let start = 0; start < count; start += PER_APPEND) {
    const appends: StreamAppend[] = [];
    for (let i = start; i < Math.min(count, start + PER_APPEND); i++) {
      const staffId = randomUUID();
      const startedOn = `2016-${String(4 + Math.floor(next() * 8)).padStart(2, '0')}-01`;
      const commands: StaffCommand[] = [
        {
          type: 'HireStaff',
          staffId,
          name: `Seeded Person ${String(i + 1).padStart(4, '0')}`,
          borough: pick(BOROUGHS),
          role: pick(ROLES),
          fte: pick([1, 1, 0.8, 0.6, 0.5]),
          startedOn,
          ...(next() < 0.8 ? { registration: { number: `SW${700000 + i}`, registeredOn: '2012-09-01' } } : {}),
        },
      ];
      const priorLevels = next() < 0.05 ? 1 + Math.floor(next() * 4) : 0;
      for (let level = 1; level <= priorLevels; level++)
        commands.push({
          type: 'RecordQualification',
          staffId,
          qualification: { kind: 'systemic-level', level: level as 1 | 2 | 3 | 4 },
          evidenceRef: `prior learning ${i}`,
          achievedOn: startedOn,
        });
      if (next() < 0.03)
        commands.push({
          type: 'RecordQualification',
          staffId,
          qualification: { kind: 'family-therapy' },
          evidenceRef: `certificate ${i}`,
          achievedOn: startedOn,
        });
      let state = staffDecider.initialState;
      const decided: StaffEvent[] = [];
      for (const command of commands) {
        const produced = staffDecider.decide(command, state);
        state = produced.reduce(staffDecider.evolve, state);
        decided.push(...produced);
      }
      events += decided.length;
      appends.push({
        streamId: staffStreamId(staffId),
        expected: 'no-stream',
        events: decided.map((e) => ({
          eventId: randomUUID(),
          type: e.type,
          schemaVersion: 1,
          data: e.data as Record<string, unknown>,
          metadata: { actor: 'seed', correlationId: randomUUID(), reason: 'browser test: 5,000 staff' },
        })),
      });
    }
    last = (await store.appendMulti(appends)).at(-1)!.position;
  }
  if (!last || !(await app.get(ProjectionRunner).waitFor(last, 300_000)))
    throw new Error('the projections did not catch up with the seeded staff');
  return events;
}

import { randomUUID } from 'node:crypto';
import { VERSION_CONFLICT, type EventStore, type ExpectedVersion } from '../src/event-store/event-store.port.js';
import { DomainError } from '../src/shared/domain-error.js';
import type { NewEvent } from '../src/shared/event.js';
import { percentile, seconds } from './report.js';
import type { AppendFigure } from './results.js';

/** A writer moves to a new stream after this many events, so streams stay person-sized. */
const EVENTS_PER_STREAM = 100;

const day = (n: number): string => new Date(Date.UTC(2017, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** The n-th event of a bench person's stream: hired, then one change of hours after another. */
export function personEvent(staffId: string, n: number): NewEvent {
  const metadata = { actor: 'bench-hr', correlationId: randomUUID() };
  if (n === 0)
    return {
      eventId: randomUUID(),
      type: 'StaffHired',
      schemaVersion: 1,
      data: {
        staffId,
        name: 'Bench Writer',
        borough: 'WCC',
        role: 'social-worker',
        fteHundredths: 100,
        startedOn: day(0),
        registration: { number: 'SW123456', registeredOn: '2015-09-01' },
      },
      metadata,
    };
  return {
    eventId: randomUUID(),
    type: 'StaffDetailsChanged',
    schemaVersion: 1,
    data: { staffId, effectiveOn: day(n), fteHundredths: n % 2 ? 80 : 100 },
    metadata,
  };
}

/**
 * `writers` concurrent loops, each appending one event at a time to streams only it writes, with
 * the exact expected version (the first append of a stream expects no stream). Counts appends
 * until the time is up; a conflict here would be a bug, so it is counted, not retried.
 */
export async function benchAppends(store: EventStore, writers: number, durationSeconds: number): Promise<AppendFigure> {
  const latencies: number[] = [];
  let conflicts = 0;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const writer = async () => {
    let staffId = randomUUID();
    let expected: ExpectedVersion = 'no-stream';
    let n = 0;
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const result = await store.append(`staff-${staffId}`, [personEvent(staffId, n)], expected);
        expected = result.nextExpectedVersion;
        n++;
      } catch (error) {
        if (!(error instanceof DomainError && error.code === VERSION_CONFLICT)) throw error;
        conflicts++;
      }
      latencies.push(performance.now() - t0);
      if (n === EVENTS_PER_STREAM) {
        staffId = randomUUID();
        expected = 'no-stream';
        n = 0;
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  const elapsed = seconds(started);
  const appends = latencies.length - conflicts;
  return {
    writers,
    appends,
    seconds: elapsed,
    perSecond: appends / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    conflicts,
  };
}

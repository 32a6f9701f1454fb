import { randomUUID } from 'node:crypto';
import type { EventStore, ExpectedVersion, StreamAppend } from '../src/event-store/event-store.port.js';
import { FixedClock, type Clock } from '../src/shared/clock.js';
import type { NewEvent } from '../src/shared/event.js';
import { progress, seconds } from './report.js';
import { Intake, type Phase } from './workload.js';

/** Streams and events per atomic append while filling: big, so filling 1M events stays quick. */
const MAX_STREAMS_PER_APPEND = 400;
const MAX_EVENTS_PER_APPEND = 4000;
/** People hired per intake; an intake yields roughly 10 events per person. */
const INTAKE_SIZE = 1000;

export interface FillResult {
  events: number;
  streams: number;
  seconds: number;
  eventsPerSecond: number;
  refusedDecisions: number;
  eventTypes: Record<string, number>;
}

export interface FillOptions {
  /**
   * The store to fill with, recording time from `clock`: the bench dates each phase's events on
   * the day it happens, so a million events span years (as in production) rather than minutes.
   */
  storeFor(clock: Clock): EventStore;
  target: number;
  seed: number;
  /** Intakes appended at once (more than one only helps on a server with several connections). */
  concurrency: number;
  /** Stops early when the deadline passes, so a slow engine still finishes the run. */
  deadline: number;
}

/**
 * Fills the store with realistic staff and cohort events until it holds at least `target`, in
 * big multi-stream appends through the store itself (so the hash chain and version checks run).
 */
export async function fillStore(options: FillOptions): Promise<FillResult> {
  const started = performance.now();
  const totals = { events: 0, streams: 0, refused: 0, types: {} as Record<string, number> };
  let nextIntake = 0;
  let lastReport = 0;
  const worker = async () => {
    while (totals.events < options.target && Date.now() < options.deadline) {
      const intake = new Intake(nextIntake++, INTAKE_SIZE, options.seed);
      const versions = new Map<string, ExpectedVersion>();
      const clock = new FixedClock(new Date(0));
      const store = options.storeFor(clock);
      for (const phase of intake.phases()) {
        clock.set(`${phase.on}T09:00:00.000Z`);
        for (const appends of toAppends(phase.steps, versions)) {
          const results = await store.appendMulti(appends);
          clock.advance(1000);
          // PGlite answers through microtasks only: without this, timers and signals (Ctrl-C) starve.
          await new Promise((resolve) => setImmediate(resolve));
          appends.forEach((a, i) => {
            if (!versions.has(a.streamId)) totals.streams++;
            versions.set(a.streamId, results[i].nextExpectedVersion);
            totals.events += a.events.length;
            for (const e of a.events) totals.types[e.type] = (totals.types[e.type] ?? 0) + 1;
          });
        }
      }
      totals.refused += intake.refused;
      if (totals.events - lastReport >= 50_000 || totals.events >= options.target) {
        lastReport = totals.events;
        const elapsed = seconds(started);
        progress(`fill: ${totals.events} events in ${elapsed.toFixed(0)} s (${Math.round(totals.events / elapsed)}/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsed = seconds(started);
  return {
    events: totals.events,
    streams: totals.streams,
    seconds: elapsed,
    eventsPerSecond: totals.events / elapsed,
    refusedDecisions: totals.refused,
    eventTypes: totals.types,
  };
}

/** A phase's events grouped by stream (keeping each stream's order), cut into appendMulti calls. */
function* toAppends(phase: Phase, versions: Map<string, ExpectedVersion>): Generator<StreamAppend[]> {
  const byStream = new Map<string, NewEvent[]>();
  for (const step of phase) {
    const correlationId = randomUUID();
    for (const { streamId, events } of step) {
      const list = byStream.get(streamId) ?? [];
      for (const e of events)
        list.push({
          eventId: randomUUID(),
          type: e.type,
          schemaVersion: e.schemaVersion ?? 1,
          data: e.data as Record<string, unknown>,
          metadata: { actor: 'bench-hr', correlationId },
        });
      byStream.set(streamId, list);
    }
  }
  let chunk: StreamAppend[] = [];
  let size = 0;
  for (const [streamId, events] of byStream) {
    if (events.length === 0) continue;
    if (chunk.length >= MAX_STREAMS_PER_APPEND || size + events.length > MAX_EVENTS_PER_APPEND) {
      yield chunk;
      chunk = [];
      size = 0;
    }
    chunk.push({ streamId, events, expected: versions.get(streamId) ?? 'no-stream' });
    size += events.length;
  }
  if (chunk.length) yield chunk;
}

import type { RecordedEvent } from '../../shared/event.js';

/**
 * The instant from which read-model rows know each event: the latest recorded instant seen so far
 * in the global order. Recorded instants come from each writer's clock when it appends, so two
 * concurrent writers can commit slightly out of clock order; taking the running maximum keeps
 * known time monotonic along the log, so "known at k" is always a prefix of the log (an event
 * counts as known once everything before it is), and a rebuild from zero stamps every row the same.
 */
export class KnownInstants {
  constructor(private through: string | null = null) {}

  /** The known instant for `event`, which comes next in the global order. */
  next(event: RecordedEvent): string {
    const recorded = event.metadata.recordedAt;
    if (this.through === null || Date.parse(recorded) > Date.parse(this.through)) this.through = recorded;
    return this.through;
  }

  /** The latest instant handed out (null before any), to carry on from after a checkpoint. */
  get latest(): string | null {
    return this.through;
  }
}

/** The known-at prefix of a log, as a test oracle cuts it: every event known at `k` or before. */
export const knownBy = (events: readonly RecordedEvent[], k: string): RecordedEvent[] => {
  const instants = new KnownInstants();
  return events.filter((e) => Date.parse(instants.next(e)) <= Date.parse(k));
};

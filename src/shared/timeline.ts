import type { IsoDate } from './values.js';

/** A stored event as a timeline reads it: only its type and data. */
export interface TimelineSource {
  type: string;
  data: Record<string, unknown>;
}

/** One event told in words, with the date it takes effect when it has one. */
export interface TimelineText {
  summary: string;
  effectiveOn: IsoDate | null;
}

/**
 * Tells a stream's events in order, each in words. `describe` sees the events before it through
 * `state`, so a change can say what it changed from; an event type it does not know (a newer
 * one, say) still appears, named by its type.
 */
export const tellTimeline = <S>(
  events: readonly TimelineSource[],
  initial: S,
  describe: (state: S, event: TimelineSource) => { text: TimelineText; state: S } | null,
): TimelineText[] => {
  let state = initial;
  return events.map((event) => {
    const told = describe(state, event);
    if (!told) return { summary: `${event.type} (no summary for this event type)`, effectiveOn: null };
    state = told.state;
    return told.text;
  });
};

/** WTE hundredths as the decimal people say: 100 → "1", 80 → "0.8". */
export const wte = (hundredths: number): string => String(hundredths / 100);

/** Integer pence as pounds: 4000000 → "£40,000.00". */
export const pounds = (pence: number): string =>
  `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

import type { IsoDate } from '../../shared/values.js';

/** One stored version of a thing: its state from `from` (inclusive) to `to` (exclusive, null open). */
export interface StoredVersion<S> {
  from: IsoDate;
  to: IsoDate | null;
  state: S;
}

/** What to do to the stored versions; applied in the order given. */
export type VersionChange<S> =
  | { kind: 'insert'; from: IsoDate; to: IsoDate | null; state: S }
  | { kind: 'replace'; from: IsoDate; state: S }
  | { kind: 'delete'; from: IsoDate }
  | { kind: 'end'; from: IsoDate; to: IsoDate };

/**
 * How one event changes a thing kept as effective-dated versions, when the event takes effect on
 * `on`: on every day from `on`, the state becomes `change(state that day)` (undefined = the thing
 * does not exist that day). Days before `on` keep their state. So each day's state is the fold, in
 * log order, of the events effective by that day, which is exactly what a replay of only those
 * events would give; an event recorded late but dated early lands on the right days.
 *
 * `stored` are the versions that hold on some day from `on` (ending after `on` or open), in date
 * order and never overlapping. A version running across `on` is split there; stretches from `on`
 * on with no version (before the thing began, after it ended) are offered `change(undefined)`.
 */
export const planVersionChanges = <S>(
  stored: readonly StoredVersion<S>[],
  on: IsoDate,
  change: (state: S | undefined) => S | undefined,
  same: (a: S, b: S) => boolean,
): VersionChange<S>[] => {
  const changes: VersionChange<S>[] = [];
  const gap = (from: IsoDate, to: IsoDate | null) => {
    const created = change(undefined);
    if (created !== undefined) changes.push({ kind: 'insert', from, to, state: created });
  };
  let cursor: IsoDate | null = on;
  for (const version of stored) {
    if (cursor !== null && version.from > cursor) gap(cursor, version.from);
    const next = change(version.state);
    if (next === undefined || !same(next, version.state)) {
      if (version.from < on) {
        changes.push({ kind: 'end', from: version.from, to: on });
        if (next !== undefined) changes.push({ kind: 'insert', from: on, to: version.to, state: next });
      } else if (next === undefined) changes.push({ kind: 'delete', from: version.from });
      else changes.push({ kind: 'replace', from: version.from, state: next });
    }
    cursor = version.to;
  }
  if (cursor !== null) gap(cursor, null);
  return changes;
};

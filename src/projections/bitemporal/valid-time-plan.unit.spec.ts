import fc from 'fast-check';
import { addDays } from '../../shared/iso-days.js';
import { planVersionChanges, type StoredVersion, type VersionChange } from './valid-time-plan.js';

type S = { n: number };
const same = (a: S, b: S) => a.n === b.n;
const add =
  (k: number) =>
  (s: S | undefined): S | undefined =>
    s && { n: s.n + k };
const create =
  (n: number) =>
  (s: S | undefined): S | undefined =>
    s ?? { n };

/** Applies planned changes to stored versions, as the SQL executor does to rows. */
const applyChanges = (stored: StoredVersion<S>[], changes: VersionChange<S>[]): StoredVersion<S>[] => {
  let versions = [...stored];
  for (const c of changes) {
    if (c.kind === 'insert') versions.push({ from: c.from, to: c.to, state: c.state });
    else if (c.kind === 'replace') versions = versions.map((v) => (v.from === c.from ? { ...v, state: c.state } : v));
    else if (c.kind === 'end') versions = versions.map((v) => (v.from === c.from ? { ...v, to: c.to } : v));
    else versions = versions.filter((v) => v.from !== c.from);
  }
  return versions.sort((a, b) => (a.from < b.from ? -1 : 1));
};

/** The state a set of versions gives on `day`. */
const stateOn = (versions: StoredVersion<S>[], day: string): S | undefined =>
  versions.find((v) => v.from <= day && (v.to === null || v.to > day))?.state;

describe('planVersionChanges: one event changes a thing from a date on', () => {
  it('creates the first version of a new thing, open-ended', () => {
    expect(planVersionChanges([], '2017-04-01', create(1), same)).toEqual([
      { kind: 'insert', from: '2017-04-01', to: null, state: { n: 1 } },
    ]);
  });

  it('splits the version running across the date, keeping the days before it', () => {
    const stored = [{ from: '2017-04-01', to: null, state: { n: 1 } }];
    expect(planVersionChanges(stored, '2018-01-01', add(1), same)).toEqual([
      { kind: 'end', from: '2017-04-01', to: '2018-01-01' },
      { kind: 'insert', from: '2018-01-01', to: null, state: { n: 2 } },
    ]);
  });

  it('changes in place a version starting on the date, and every later one', () => {
    const stored = [
      { from: '2017-04-01', to: '2018-01-01', state: { n: 1 } },
      { from: '2018-01-01', to: null, state: { n: 5 } },
    ];
    expect(planVersionChanges(stored.slice(0), '2017-04-01', add(10), same)).toEqual([
      { kind: 'replace', from: '2017-04-01', state: { n: 11 } },
      { kind: 'replace', from: '2018-01-01', state: { n: 15 } },
    ]);
  });

  it('writes nothing when the event changes nothing', () => {
    const stored = [{ from: '2017-04-01', to: null, state: { n: 1 } }];
    expect(planVersionChanges(stored, '2018-01-01', add(0), same)).toEqual([]);
  });

  it('ends the thing from the date when the change removes it', () => {
    const stored = [
      { from: '2017-04-01', to: '2018-01-01', state: { n: 1 } },
      { from: '2018-01-01', to: null, state: { n: 2 } },
    ];
    expect(planVersionChanges(stored, '2017-06-01', () => undefined, same)).toEqual([
      { kind: 'end', from: '2017-04-01', to: '2017-06-01' },
      { kind: 'delete', from: '2018-01-01' },
    ]);
  });

  it('offers the days without a version to the change, and leaves them empty unless it creates', () => {
    const stored = [{ from: '2017-04-01', to: '2017-06-01', state: { n: 1 } }];
    expect(planVersionChanges(stored, '2017-01-01', add(1), same)).toEqual([
      { kind: 'replace', from: '2017-04-01', state: { n: 2 } },
    ]);
    expect(planVersionChanges(stored, '2017-01-01', create(9), same)).toEqual([
      { kind: 'insert', from: '2017-01-01', to: '2017-04-01', state: { n: 9 } },
      { kind: 'insert', from: '2017-06-01', to: null, state: { n: 9 } },
    ]);
  });

  // The property that makes "as at" reads exact: after any events, in any order of dates, the
  // state on each day is the fold of exactly the events dated on or before that day.
  it('gives every day the fold of the events effective by then, whatever order they come in', () => {
    const day = (i: number) => addDays('2017-01-01', i);
    const event = fc.record({ on: fc.integer({ min: 0, max: 30 }), k: fc.integer({ min: -2, max: 3 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(event, { maxLength: 12 }), (created, events) => {
        let versions: StoredVersion<S>[] = [];
        const all = [{ on: created, change: create(0) }, ...events.map((e) => ({ on: e.on, change: add(e.k) }))];
        for (const { on, change } of all) {
          const touched = versions.filter((v) => v.to === null || v.to > day(on));
          versions = applyChanges(versions, planVersionChanges(touched, day(on), change, same));
        }
        for (let i = 0; i <= 31; i++) {
          const effective = all.filter((e) => e.on <= i);
          const expected = effective.reduce<S | undefined>((s, e) => e.change(s), undefined);
          expect(stateOn(versions, day(i))).toEqual(expected);
        }
        // Versions never overlap.
        for (let i = 1; i < versions.length; i++) expect(versions[i - 1].to! <= versions[i].from).toBe(true);
      }),
      { seed: 20161, numRuns: 500 },
    );
  });
});

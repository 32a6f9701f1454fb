import fc from 'fast-check';
import { DomainError } from '../../shared/domain-error.js';
import { addDays } from '../../shared/iso-days.js';
import { tallyOn } from './caseload-tally.js';
import type { CaseloadCommand } from './caseload.commands.js';
import { decideCaseload } from './caseload.decider.js';
import { caseloadDateOf } from './caseload.effective-dates.js';
import type { CaseloadEvent } from './caseload.events.js';
import { facts } from './caseload.fixtures.js';

const day = (i: number) => addDays('2017-01-01', i);

/** The count as people mean it: the events in date order (same-day ones as recorded), stocktakes replacing. */
const countInDateOrder = (ledger: readonly CaseloadEvent[], on: string): number =>
  ledger
    .map((event, i) => ({ event, i }))
    .filter(({ event }) => caseloadDateOf(event) <= on)
    .sort((a, b) => caseloadDateOf(a.event).localeCompare(caseloadDateOf(b.event)) || a.i - b.i)
    .reduce((n, { event }) => {
      switch (event.type) {
        case 'CaseloadCounted':
          return event.data.openCases;
        case 'CasesAllocated':
          return n + event.data.cases;
        case 'CasesClosed':
          return n - event.data.cases;
        default:
          return n;
      }
    }, 0);

const command = fc.record({
  kind: fc.constantFrom('count', 'allocate', 'close'),
  on: fc.integer({ min: 0, max: 40 }),
  n: fc.integer({ min: 0, max: 6 }),
});

describe('the caseload tally', () => {
  // Whatever order counts and movements are recorded in, the count on each day is the one people
  // mean (date order), never below zero: which is what "as at" views and rebuilds then show.
  it('gives every day the count in date order, and never below zero, for any history the decider accepts', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 14 }), (commands) => {
        let ledger: CaseloadEvent[] = [];
        for (const { kind, on, n } of commands) {
          const base = { staffId: 'ana', on: day(on), reason: 'spec' };
          const c: CaseloadCommand =
            kind === 'count'
              ? { ...base, type: 'RecordCaseloadCount', openCases: n }
              : { ...base, type: kind === 'allocate' ? 'RecordCaseAllocations' : 'RecordCaseClosures', cases: n };
          try {
            ledger = [...ledger, ...decideCaseload(c, ledger, facts())];
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
        }
        for (let i = 0; i <= 41; i++) {
          const { openCases } = tallyOn(ledger, day(i));
          expect(openCases).toBe(countInDateOrder(ledger, day(i)));
          expect(openCases).toBeGreaterThanOrEqual(0);
        }
        // Each event says what it left on its own date, as decided when it was recorded.
        const last = ledger.at(-1);
        if (last) expect(last.data.openCases).toBe(tallyOn(ledger, caseloadDateOf(last)).openCases);
      }),
      { seed: 20170401, numRuns: 200 },
    );
  });
});

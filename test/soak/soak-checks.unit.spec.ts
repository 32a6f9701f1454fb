import { ledgerOf, serverErrorsOutside } from '../../soak/checks.js';
import type { Sample, ServerError } from '../../soak/client.js';
import type { CommandEvents } from '../../soak/database.js';
import { duringFault } from '../../soak/faults.js';

/** The soak's verdicts, which decide its exit code: each must be able to say no. */
const command = (n: number, status: number, attempts = 1): Sample => ({
  kind: 'hire',
  command: true,
  status,
  attempts,
  ms: 10,
  correlationId: `c-${n}`,
});
const stored = (n: number, appends = 1): CommandEvents => ({
  correlationId: `c-${n}`,
  events: 2,
  appends,
  commandIds: 1,
});

describe('the soak ledger', () => {
  it('passes acknowledged commands stored once and refusals stored never', () => {
    const ledger = ledgerOf([command(1, 201), command(2, 200, 3), command(3, 422)], [stored(1), stored(2)]);
    expect(ledger).toMatchObject({ acknowledged: 2, refused: 1, stored: 2, storedEvents: 4, retried: 1 });
    expect([ledger.lost, ledger.duplicated, ledger.stray]).toEqual([[], [], []]);
  });

  it('names an acknowledged command with no events as lost', () => {
    expect(ledgerOf([command(1, 201)], []).lost).toEqual(['hire c-1']);
  });

  it('names a command written in two appends as duplicated', () => {
    expect(ledgerOf([command(1, 201)], [stored(1, 2)]).duplicated).toEqual(['c-1']);
  });

  it('names events of a refused or unanswered command as stray', () => {
    const ledger = ledgerOf([command(1, 409), command(2, 0)], [stored(1), stored(2)]);
    expect(ledger.stray).toEqual(['c-1', 'c-2']);
    expect(ledger.unanswered).toBe(1);
  });
});

describe('5xx against the fault windows', () => {
  const windows = [{ kind: 'kill' as const, target: 'a', from: 1000, to: 2000 }];
  const error = (sentAt: number, answeredAt: number): ServerError => ({
    status: 503,
    code: 'DATABASE.UNAVAILABLE',
    path: '/api/staff',
    instance: 'a',
    sentAt,
    answeredAt,
  });

  it('excuses a request that overlapped a window, and no other', () => {
    expect(duringFault(windows, 900, 1100)).toBe(true);
    expect(duringFault(windows, 1999, 2500)).toBe(true);
    expect(serverErrorsOutside([error(500, 999), error(1500, 1600), error(2001, 2100)], windows)).toEqual([
      error(500, 999),
      error(2001, 2100),
    ]);
  });
});

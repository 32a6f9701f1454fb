import type { Decider } from '../../shared/decider.js';
import { DomainError, invalid } from '../../shared/domain-error.js';
import { isNonEmptyText, type IsoDate } from '../../shared/values.js';
import { capFor, isOverCap, type CapHolder } from './caseload-cap.js';
import { planCaseloadsOn, type CaseloadFacts } from './caseload-facts.js';
import { tallyCaseload, tallyOn } from './caseload-tally.js';
import type { CaseloadCommand } from './caseload.commands.js';
import type { CapCheck, CaseloadEvent } from './caseload.events.js';
import {
  requireCap,
  requireCases,
  requireCount,
  requireDate,
  requireInPost,
  requireNeverNegative,
  requireNotBeforeLastCapChange,
  requireNotBeforeLastCount,
} from './caseload.guards.js';

type Unchecked<E extends CaseloadEvent> = { type: E['type']; data: Omit<E['data'], keyof CapCheck> };

/** The event with the count it leaves on `day` and the cap then in force. */
const withCheck = (
  ledger: readonly CaseloadEvent[],
  facts: CaseloadFacts,
  person: CapHolder,
  day: IsoDate,
  unchecked: Unchecked<CaseloadEvent>,
): CaseloadEvent => {
  const blank = { ...unchecked, data: { openCases: 0, cap: null, overCap: false, ...unchecked.data } } as CaseloadEvent;
  const { openCases, capOverride } = tallyCaseload(tallyOn(ledger, day), blank);
  const cap = capFor(planCaseloadsOn(facts.plans, day), person, capOverride);
  return {
    ...unchecked,
    data: { ...unchecked.data, openCases, cap, overCap: isOverCap(openCases, cap) },
  } as CaseloadEvent;
};

const dayOf = (command: CaseloadCommand): IsoDate =>
  command.type === 'SetCaseloadCap' || command.type === 'ClearCaseloadCap'
    ? requireDate(command.from, 'from')
    : requireDate(command.on, 'on');

const unchecked = (command: CaseloadCommand, ledger: readonly CaseloadEvent[], on: IsoDate) => {
  const staffId = command.staffId;
  switch (command.type) {
    case 'RecordCaseloadCount': {
      const openCases = requireCount(command.openCases, on);
      requireNotBeforeLastCount(ledger, on);
      return { type: 'CaseloadCounted' as const, data: { staffId, on, openCases } };
    }
    case 'RecordCaseAllocations':
      return { type: 'CasesAllocated' as const, data: { staffId, on, cases: requireCases(command.cases) } };
    case 'RecordCaseClosures':
      return { type: 'CasesClosed' as const, data: { staffId, on, cases: requireCases(command.cases) } };
    case 'SetCaseloadCap': {
      const maxOpenCases = requireCap(command.maxOpenCases);
      requireNotBeforeLastCapChange(ledger, on);
      return { type: 'CaseloadCapSet' as const, data: { staffId, from: on, maxOpenCases } };
    }
    case 'ClearCaseloadCap': {
      requireNotBeforeLastCapChange(ledger, on);
      if (tallyOn(ledger, on).capOverride === null) {
        throw new DomainError('CASELOADS.NO_INDIVIDUAL_CAP', `no individual cap is set on ${on} to clear`);
      }
      return { type: 'CaseloadCapCleared' as const, data: { staffId, from: on } };
    }
    default: {
      const _exhaustive: never = command;
      throw invalid('CASELOADS.UNKNOWN_COMMAND', `unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/**
 * One person's caseload: `ledger` is their caseload stream, `facts` their staff stream and the
 * plan's revisions. The person must be in post on the command's date. A count over the cap then
 * in force is recorded and flagged (`overCap`), because reality must be recorded even when it
 * breaks the plan; a count below zero, on that date or any later one, is refused.
 */
export const decideCaseload = (
  command: CaseloadCommand,
  ledger: readonly CaseloadEvent[],
  facts: CaseloadFacts,
): CaseloadEvent[] => {
  if (!isNonEmptyText(command.reason)) throw invalid('CASELOADS.REASON_REQUIRED', 'a reason is required');
  const on = dayOf(command);
  const person = requireInPost(facts, command.staffId, on);
  const event = withCheck(ledger, facts, person, on, unchecked(command, ledger, on));
  requireNeverNegative(ledger, event);
  return [event];
};

/** The caseload stream's state is its events: decisions look at them by date. */
export const caseloadLedger = {
  initialState: [] as readonly CaseloadEvent[],
  evolve: (ledger: readonly CaseloadEvent[], event: CaseloadEvent): readonly CaseloadEvent[] => [...ledger, event],
};

/** A decider over the ledger for given facts (specs, and handlers once the facts are read). */
export const caseloadDecider = (
  facts: CaseloadFacts,
): Decider<CaseloadCommand, readonly CaseloadEvent[], CaseloadEvent> => ({
  ...caseloadLedger,
  decide: (command: CaseloadCommand, ledger: readonly CaseloadEvent[]) => decideCaseload(command, ledger, facts),
});

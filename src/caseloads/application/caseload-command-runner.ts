import type { RequestContext } from '../../commands/command-context.decorator.js';
import type { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import type { PlanEvent } from '../../plan/domain/plan.events.js';
import { PLAN_STREAM_ID } from '../../plan/domain/plan.events.js';
import { effectiveDateOf } from '../../projections/effective-date.js';
import type { GlobalPosition } from '../../shared/event.js';
import { staffStreamId, type StaffEvent } from '../../staff/domain/staff.events.js';
import type { PlanInForce } from '../domain/caseload-facts.js';
import type { CaseloadCommand } from '../domain/caseload.commands.js';
import { caseloadLedger, decideCaseload } from '../domain/caseload.decider.js';
import { caseloadStreamId, type CapCheck } from '../domain/caseload.events.js';

export interface CaseloadCommandResult extends CapCheck {
  staffId: string;
  /** The caseload stream's version (0-based) after the command. */
  version: number;
  /** Where the event landed in the global order; pass it to `EventSourcing.settle` to read it back. */
  position: GlobalPosition | null;
}

/** The staff stream as its events: a caseload decision reads the person as at its own date. */
const staffEvents = {
  initialState: [] as readonly StaffEvent[],
  evolve: (events: readonly StaffEvent[], event: StaffEvent): readonly StaffEvent[] => [...events, event],
};

/** Every plan revision with the day it takes effect, which needs the instant it was recorded. */
const planRevisions = async (store: EventStore): Promise<PlanInForce[]> =>
  (await store.readStream(PLAN_STREAM_ID)).map((e) => {
    const { data } = { type: e.type, data: e.data } as PlanEvent;
    return { revision: data.revision, effectiveOn: effectiveDateOf(e), caseloads: data.document.caseloads ?? null };
  });

/**
 * One load-decide-append cycle on the person's caseload stream, with their staff stream and the
 * plan read from the events, again from a fresh read should another writer append to the caseload
 * stream first. A staff change or plan revision racing the command is not fenced: at worst the
 * event's cap check is that of a moment before; the views work caps out afresh at every cut.
 */
export const runCaseloadCommand = (
  eventSourcing: EventSourcing,
  store: EventStore,
  command: CaseloadCommand,
  request: RequestContext,
): Promise<CaseloadCommandResult> =>
  eventSourcing.decide(async () => {
    const staffId = command.staffId.trim().toLowerCase();
    const streamId = caseloadStreamId(staffId);
    const [ledger, staff, plans] = await Promise.all([
      eventSourcing.load(streamId, caseloadLedger),
      eventSourcing.load(staffStreamId(staffId), staffEvents),
      planRevisions(store),
    ]);
    const events = decideCaseload({ ...command, staffId }, ledger.state, { staff: staff.state, plans });
    const position = await eventSourcing.append(
      [{ streamId, expected: ledger.expected, events }],
      eventSourcing.context({ ...request, reason: command.reason.trim() }),
    );
    const before = typeof ledger.expected === 'number' ? ledger.expected : -1;
    const { openCases, cap, overCap } = events[0].data;
    return { staffId, version: before + events.length, position, openCases, cap, overCap };
  });

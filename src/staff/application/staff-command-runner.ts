import type { RequestContext } from '../../commands/command-context.decorator.js';
import type { EventSourcing, PendingAppend } from '../../commands/event-sourcing.service.js';
import type { GlobalPosition } from '../../shared/event.js';
import type { StaffCommand } from '../domain/staff.commands.js';
import { staffDecider } from '../domain/staff.decider.js';
import { staffStreamId, type StaffEvent } from '../domain/staff.events.js';

export interface StaffCommandResult {
  staffId: string;
  /** The person's stream version (0-based) after the command: what the view's `version` will show. */
  version: number;
  /** Where the events landed in the global order; pass it to `EventSourcing.settle` to read them back. */
  position: GlobalPosition | null;
}

/**
 * One load-decide-append cycle on a person's stream, repeated from a fresh read should another
 * writer append first, so every rule is checked against the state that actually won.
 * `alongside` decides appends to other streams from the staff events (a leaver's posts, say);
 * they are made in the same atomic append and decided again on a retry.
 */
export const runStaffCommand = (
  eventSourcing: EventSourcing,
  command: StaffCommand,
  request: RequestContext,
  alongside: (events: StaffEvent[]) => Promise<PendingAppend[]> = async () => [],
): Promise<StaffCommandResult> =>
  eventSourcing.decide(async () => {
    const streamId = staffStreamId(command.staffId);
    const { state, expected } = await eventSourcing.load(streamId, staffDecider);
    const events = staffDecider.decide(command, state);
    const others = await alongside(events);
    const position = await eventSourcing.append(
      [{ streamId, expected, events }, ...others],
      eventSourcing.context(request),
    );
    const before = typeof expected === 'number' ? expected : -1;
    return { staffId: command.staffId, version: before + events.length, position };
  });

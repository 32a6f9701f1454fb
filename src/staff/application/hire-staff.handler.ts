import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { newId } from '../../commands/command-ids.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { invalid } from '../../shared/domain-error.js';
import type { HireStaff } from '../domain/staff.commands.js';
import { runStaffCommand, type StaffCommandResult } from './staff-command-runner.js';
import { isStaffId } from './staff-id.js';

export type HireStaffInput = Omit<HireStaff, 'type' | 'staffId'> & { staffId?: string };

/**
 * Hires a person. The id is normally generated here, so that clients cannot collide or probe for
 * ids and a retried request is made safe by an Idempotency-Key instead (every retry of a keyed
 * request generates the same id). Imports may bring their own
 * UUID; one already hired is refused by the decider with `STAFF.ALREADY_HIRED` (409).
 */
export class HireStaffCommand extends Command<StaffCommandResult> {
  constructor(
    readonly input: HireStaffInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(HireStaffCommand)
export class HireStaffHandler implements ICommandHandler<HireStaffCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: HireStaffCommand): Promise<StaffCommandResult> {
    // Lower case, as PostgreSQL prints a uuid: the stream id and the view's key must agree.
    const staffId = (input.staffId ?? newId(request, 'staff')).toLowerCase();
    // The read model keys people by uuid: any other id would stall the projection.
    if (!isStaffId(staffId)) throw invalid('STAFF.INVALID_ID', 'A staff id is a UUID');
    return runStaffCommand(this.eventSourcing, { ...input, type: 'HireStaff', staffId }, request);
  }
}

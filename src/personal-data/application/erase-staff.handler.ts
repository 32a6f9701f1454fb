import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { GlobalPosition } from '../../shared/event.js';
import { ukDateOf } from '../../shared/programme-year.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import { decideErasure, erasureStreamId } from '../domain/erasure.js';
import { staffSubject } from '../domain/personal-fields.js';
import { PersonalKeys } from '../personal-keys.js';

export interface ErasureResult {
  staffId: string;
  erasedOn: string;
  position: GlobalPosition | null;
}

/** Erases a leaver's personal data: `reason` (required) is recorded, in clear, with the erasure. */
export class EraseStaffPersonalDataCommand extends Command<ErasureResult> {
  constructor(
    readonly staffId: string,
    readonly request: RequestContext,
  ) {
    super();
  }
}

const alreadyRecorded = { initialState: false, evolve: () => true };

/**
 * Destroys the person's key, then records that it did. Destroying first means a crash in between
 * leaves the data erased and the record missing, never the reverse; the retry (the person has no
 * key, no record yet) records it. From the moment the key is gone every read opens their values
 * as `[erased]`; the read models scrub what they had copied when they reach the record.
 */
@CommandHandler(EraseStaffPersonalDataCommand)
export class EraseStaffPersonalDataHandler implements ICommandHandler<EraseStaffPersonalDataCommand> {
  constructor(
    private readonly eventSourcing: EventSourcing,
    private readonly keys: PersonalKeys,
  ) {}

  execute({ staffId, request }: EraseStaffPersonalDataCommand): Promise<ErasureResult> {
    const subject = staffSubject(staffId);
    return this.eventSourcing.decide(async () => {
      const ctx = this.eventSourcing.context(request);
      const { state } = await this.eventSourcing.load(staffStreamId(staffId), staffDecider);
      const record = await this.eventSourcing.load(erasureStreamId(subject), alreadyRecorded);
      const events = decideErasure(staffId, state, record.state, ukDateOf(ctx.now));
      await this.keys.erase(subject);
      const position = await this.eventSourcing.append(
        [{ streamId: erasureStreamId(subject), expected: record.expected, events }],
        ctx,
      );
      return { staffId, erasedOn: events[0].data.on, position };
    });
  }
}

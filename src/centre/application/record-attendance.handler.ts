import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { invalid } from '../../shared/domain-error.js';
import type { IsoDate } from '../../shared/values.js';
import { decideAttendance } from '../domain/attendance.decider.js';
import { intakeDecider } from '../domain/intake.decider.js';
import { intakeStreamId } from '../domain/intake.events.js';
import { participantDecider } from '../domain/participant.decider.js';
import { participantStreamId } from '../domain/participant.events.js';
import type { CentreCommandResult } from './centre-command-result.js';
import { normaliseId } from './centre-ids.js';

export interface RecordAttendanceInput {
  intakeYear: number;
  on: IsoDate;
  kind: string;
  service?: string;
  borough?: string;
  staffId?: string;
  /** Everyone present that day, as a register is taken. */
  participantIds: string[];
}

export class RecordAttendanceCommand extends Command<CentreCommandResult & { recorded: number }> {
  constructor(
    readonly input: RecordAttendanceInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/**
 * One day's register: the same day, of the same kind, for each participant present, all or none.
 * The intake stream is read for the on-site support recorded, not written: support is never
 * withdrawn, so a day it allowed stays allowed.
 */
@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: RecordAttendanceCommand) {
    const ctx = this.eventSourcing.context(request);
    const { participantIds: given, ...day } = input;
    const participantIds = given.map(normaliseId);
    if (new Set(participantIds).size !== participantIds.length) {
      throw invalid('CENTRE.DUPLICATE_PARTICIPANT', 'a participant is listed twice in one day');
    }
    return this.eventSourcing.decide(async () => {
      const intake = await this.eventSourcing.load(intakeStreamId(input.intakeYear), intakeDecider);
      const appends = await Promise.all(
        participantIds.map(async (participantId) => {
          const streamId = participantStreamId(participantId);
          const { state, expected } = await this.eventSourcing.load(streamId, participantDecider);
          const command = { type: 'RecordAttendance' as const, ...day, participantId };
          return { streamId, expected, events: decideAttendance(command, state, intake.state) };
        }),
      );
      return { position: await this.eventSourcing.append(appends, ctx), recorded: appends.length };
    });
  }
}

import { randomUUID } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '../../src/commands/command-context.decorator.js';
import { DomainError } from '../../src/shared/domain-error.js';
import { comparePositions, type GlobalPosition } from '../../src/shared/event.js';
import { ChangeStaffDetailsCommand } from '../../src/staff/application/change-staff-details.handler.js';
import { HireStaffCommand } from '../../src/staff/application/hire-staff.handler.js';
import { RecordLeavingCommand } from '../../src/staff/application/record-leaving.handler.js';
import { RecordQualificationCommand } from '../../src/staff/application/record-qualification.handler.js';
import { RecordRegistrationLapseCommand } from '../../src/staff/application/record-registration-lapse.handler.js';
import { EnrolInCohortCommand } from '../../src/training/application/enrol-in-cohort.handler.js';
import { RecordEnrolmentOutcomeCommand } from '../../src/training/application/record-enrolment-outcome.handler.js';
import { ScheduleCohortCommand } from '../../src/training/application/schedule-cohort.handler.js';
import type { WorkloadCommand } from './workload-model.js';

const request = (): RequestContext => ({ actor: 'workload', correlationId: randomUUID() });

/**
 * Sends the commands through the CommandBus as the API would (without waiting for the read models
 * after each) and checks every answer the generator predicted. Up to `concurrency` commands run at
 * once, but never two that touch the same person or cohort, and each waits for every earlier one
 * it shares an aggregate with, so the outcome is the sequential one. Returns the furthest position
 * written, to wait for the projections once at the end.
 */
export async function runWorkload(
  bus: CommandBus,
  commands: readonly WorkloadCommand[],
  concurrency = 1,
): Promise<GlobalPosition> {
  let last: GlobalPosition | null = null;
  const failures: { index: number; message: string }[] = [];
  const tails = new Map<string, Promise<void>>();
  const running = new Set<Promise<void>>();
  const runOne = async (index: number, command: WorkloadCommand) => {
    try {
      const position = await sendChecked(bus, command);
      if (position && (!last || comparePositions(position, last) > 0)) last = position;
    } catch (error) {
      failures.push({ index, message: `command ${index} ${JSON.stringify(command)}: ${(error as Error).message}` });
    }
  };
  for (const [index, command] of commands.entries()) {
    if (failures.length > 0) break;
    while (running.size >= concurrency) await Promise.race(running);
    const before = command.touches.map((key) => tails.get(key)).filter((p) => p !== undefined);
    const done: Promise<void> = Promise.all(before).then(() => runOne(index, command));
    for (const key of command.touches) tails.set(key, done);
    running.add(done);
    void done.finally(() => running.delete(done));
  }
  await Promise.all(running);
  if (failures.length > 0) throw new Error(failures.sort((a, b) => a.index - b.index)[0].message);
  if (!last) throw new Error('the workload wrote nothing');
  return last;
}

/** Sends one command; a refusal the generator predicted is a success that wrote nothing. */
async function sendChecked(bus: CommandBus, command: WorkloadCommand): Promise<GlobalPosition | null> {
  const refusal = command.kind === 'enrol' && 'error' in command.expect ? command.expect.error : undefined;
  try {
    const position = await send(bus, command);
    if (refusal) throw new Error(`should have been refused with ${refusal}`);
    return position;
  } catch (error) {
    if (refusal && error instanceof DomainError && error.code === refusal) return null;
    throw error instanceof DomainError ? new Error(`${error.code}: ${error.message}`) : error;
  }
}

async function send(bus: CommandBus, c: WorkloadCommand): Promise<GlobalPosition | null> {
  switch (c.kind) {
    case 'hire': {
      const { kind: _kind, touches: _touches, ...input } = c;
      return (await bus.execute(new HireStaffCommand(input, request()))).position;
    }
    case 'qualify': {
      const input = {
        staffId: c.staffId,
        qualification: c.qualification,
        evidenceRef: 'workload',
        achievedOn: c.achievedOn,
      };
      return (await bus.execute(new RecordQualificationCommand(input, request()))).position;
    }
    case 'change': {
      const { kind: _kind, touches: _touches, ...input } = c;
      return (await bus.execute(new ChangeStaffDetailsCommand(input, request()))).position;
    }
    case 'leave': {
      const input = { staffId: c.staffId, leftOn: c.leftOn, reason: 'Moved on' };
      return (await bus.execute(new RecordLeavingCommand(input, request()))).position;
    }
    case 'lapse':
      return (
        await bus.execute(new RecordRegistrationLapseCommand({ staffId: c.staffId, lapsedOn: c.lapsedOn }, request()))
      ).position;
    case 'schedule': {
      const { kind: _kind, touches: _touches, ...input } = c;
      return (await bus.execute(new ScheduleCohortCommand({ ...input, provider: 'Tavistock' }, request()))).position;
    }
    case 'enrol': {
      const input = { cohortId: c.cohortId, staffId: c.staffId, enrolledOn: c.enrolledOn };
      const result = await bus.execute(new EnrolInCohortCommand(input, request()));
      if (!('status' in c.expect) || result.status !== c.expect.status) {
        throw new Error(`expected ${JSON.stringify(c.expect)}, got ${result.status}`);
      }
      return result.position;
    }
    case 'outcome': {
      const input = { cohortId: c.cohortId, staffId: c.staffId, outcome: c.outcome, on: c.on };
      const result = await bus.execute(new RecordEnrolmentOutcomeCommand(input, request()));
      if (result.promoted !== c.expect.promoted) {
        throw new Error(`expected ${c.expect.promoted} to be promoted, got ${result.promoted}`);
      }
      return result.position;
    }
    default: {
      const _exhaustive: never = c;
      return _exhaustive;
    }
  }
}

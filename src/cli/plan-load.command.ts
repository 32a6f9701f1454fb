import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { CommandBus } from '@nestjs/cqrs';
import { USER_DIRECTORY, type UserDirectory } from '../auth/index.js';
import { EventSourcing } from '../commands/event-sourcing.service.js';
import { readPlanFile } from '../plan/application/plan-file.js';
import { RevisePlanCommand } from '../plan/application/revise-plan.handler.js';
import { planDecider } from '../plan/domain/plan.decider.js';
import { PLAN_STREAM_ID } from '../plan/domain/plan.events.js';
import { DomainError } from '../shared/domain-error.js';
import { catchUpProjections } from './catch-up.js';
import { CouldNotRun, EXIT, withAppContext, type CliIo } from './cli-context.js';

export interface PlanLoadOptions {
  reason: string;
  actor?: string;
  progress?: boolean;
}

/**
 * `cadre plan load <file> --reason …`: the file becomes the plan's next revision, checked like
 * PUT /api/plan (every problem listed, exit 1), as the revision in force now. The same document
 * again is not a change: said, and exit 0.
 */
export async function planLoadCommand(file: string, options: PlanLoadOptions, env: NodeJS.ProcessEnv, io: CliIo) {
  if (!options.reason?.trim()) throw new CouldNotRun('--reason is required: it is recorded with the revision');
  let document: unknown;
  try {
    document = await readPlanFile(file);
  } catch (error) {
    throw new CouldNotRun((error as Error).message);
  }
  return withAppContext(env, async (app) => {
    let actor: { username: string; id?: string } = { username: `cli:${userInfo().username}` };
    if (options.actor) {
      const found = await app.get<UserDirectory>(USER_DIRECTORY).findCredentials(options.actor);
      if (!found || found.account.disabled) throw new CouldNotRun(`no active user ${options.actor}`);
      if (!found.account.roles.some((r) => r === 'clinical-lead' || r === 'admin'))
        throw new CouldNotRun(`${options.actor} may not revise the plan: that needs clinical-lead or admin`);
      actor = { username: found.account.username, id: found.account.id };
    }
    const { state } = await app.get(EventSourcing).load(PLAN_STREAM_ID, planDecider);
    const request = { actor: actor.username, actorId: actor.id, correlationId: randomUUID(), reason: options.reason };
    try {
      const result = await app
        .get(CommandBus)
        .execute(
          new RevisePlanCommand({ document, expectedRevision: state.revision, reason: options.reason }, request),
        );
      if (result.position) await catchUpProjections(app, result.position, 1, options);
      io.out(`${file}: the plan is now revision ${result.revision} (was ${state.revision}): ${options.reason}`);
      return EXIT.done;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'PLAN.NO_CHANGE') {
        io.out(`${file}: no change: ${error.message}`);
        return EXIT.done;
      }
      io.out(`${file}: not loaded: ${error.code}: ${error.message}`);
      for (const problem of (error.details?.problems as unknown[] | undefined) ?? [])
        io.out(`  ${JSON.stringify(problem)}`);
      return EXIT.problems;
    }
  });
}

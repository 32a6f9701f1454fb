import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../commands/command-context.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { VERSION_CONFLICT } from '../../event-store/event-store.port.js';
import { DomainError } from '../../shared/domain-error.js';
import { planDecider } from '../domain/plan.decider.js';
import { PLAN_STREAM_ID } from '../domain/plan.events.js';
import { runPlanCommand } from './plan-command-runner.js';
import { DEFAULT_PLAN_FILE, locatePlanFile, readPlanFile } from './plan-file.js';

/**
 * On the first start of an empty system, adopts the plan file as the system actor. The file is
 * validated like any input: an invalid one stops start-up with every problem listed. Two
 * instances starting together both try; the append expects no stream, so one wins and the other
 * is refused (`PLAN.ALREADY_ADOPTED` after its retry), which here means there is nothing to do.
 *
 * It runs when the module initialises: the database is migrated by then and the projections have
 * not started, so start-up never waits on a projection, and the plan read model follows within
 * the runner's first batches.
 */
@Injectable()
export class InitialPlan implements OnModuleInit {
  private readonly logger = new Logger('Plan');

  constructor(
    private readonly eventSourcing: EventSourcing,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'planFile'>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.adoptIfEmpty();
  }

  /** True when this call adopted the plan. */
  async adoptIfEmpty(): Promise<boolean> {
    const { state } = await this.eventSourcing.load(PLAN_STREAM_ID, planDecider);
    if (state.status !== 'none') return false;
    const path = locatePlanFile(this.config.planFile);
    const document = await readPlanFile(path);
    const reason = `Initial adoption from ${this.config.planFile ?? DEFAULT_PLAN_FILE}`;
    try {
      const ctx = this.eventSourcing.context({ actor: SYSTEM_ACTOR, correlationId: randomUUID(), reason });
      const result = await runPlanCommand(this.eventSourcing, { type: 'AdoptPlan', document, reason }, ctx);
      this.logger.log({ message: 'Adopted the initial plan', file: path, revision: result.revision });
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'PLAN.INVALID') {
        throw new Error(`the plan file ${path} is invalid: ${JSON.stringify(error.details?.problems)}`, {
          cause: error,
        });
      }
      const anotherDidIt =
        error instanceof DomainError && (error.code === 'PLAN.ALREADY_ADOPTED' || error.code === VERSION_CONFLICT);
      if (anotherDidIt) return false;
      throw error;
    }
  }
}

import { type BeforeApplicationShutdown, Global, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Inject } from '@nestjs/common';
import { ProjectionLeases } from './projection-leases.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRegistry } from './projection-registry.js';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionStatusService } from './projection-status.service.js';
import { ProjectionsController } from './projections.controller.js';
import { RebuildJobs } from './rebuild-jobs.service.js';

/** Runs the projections registered by the bounded contexts, from application start to shutdown. */
@Global()
@Module({
  controllers: [ProjectionsController],
  providers: [
    ProjectionRegistry,
    ProjectionLeases,
    ProjectionRunner,
    ProjectionRebuilder,
    ProjectionStatusService,
    RebuildJobs,
  ],
  exports: [ProjectionRegistry, ProjectionRunner, ProjectionRebuilder],
})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly jobs: RebuildJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.runProjections) this.runner.start();
  }

  // Before, not on, shutdown: TypeORM closes the DataSource in its own onApplicationShutdown, which
  // may run first and fail the batch in flight ("Connection terminated").
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.jobs.idle();
  }
}

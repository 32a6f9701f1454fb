import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './auth/index.js';
import { CommandsModule } from './commands/commands.module.js';
import { CadreConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EventStoreModule } from './event-store/event-store.module.js';
import { HealthController } from './health/health.controller.js';
import { ProjectionsModule } from './projections/projections.module.js';

/** The whole application. `env` is the environment to configure from (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CadreConfigModule.forRoot(env),
        DatabaseModule,
        CommandsModule,
        EventStoreModule,
        ProjectionsModule,
        AuthModule,
      ],
      controllers: [HealthController],
    };
  }
}

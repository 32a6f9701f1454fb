import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/index.js';
import { CentreModule } from './centre/centre.module.js';
import { CaseloadsModule } from './caseloads/caseloads.module.js';
import { CommandsModule } from './commands/commands.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import type { AppOptions } from './config/app-config.js';
import { CadreConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EventStoreModule } from './event-store/event-store.module.js';
import { HealthController } from './health/health.controller.js';
import { ImportsModule } from './imports/imports.module.js';
import { PlanModule } from './plan/plan.module.js';
import { PostsModule } from './posts/posts.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { StaffModule } from './staff/staff.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { TrainingModule } from './training/training.module.js';

/** The whole application. `env` is the environment to configure from (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(env: Record<string, string | undefined> = process.env, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CadreConfigModule.forRoot(env, options),
        DatabaseModule,
        CommandsModule,
        EventStoreModule,
        ProjectionsModule,
        AuthModule,
        AuditModule,
        StaffModule,
        PersonalDataModule,
        TrainingModule,
        PlanModule,
        PostsModule,
        DashboardModule,
        CaseloadsModule,
        ImportsModule,
        CentreModule,
      ],
      controllers: [HealthController],
    };
  }
}

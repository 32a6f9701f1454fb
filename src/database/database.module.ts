import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, APP_OPTIONS, type AppConfig, type AppOptions } from '../config/app-config.js';
import { openDatabaseTarget, type DatabaseTarget } from './database-options.js';
import { runMigrations } from './run-migrations.js';

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_TARGET,
      inject: [APP_CONFIG, APP_OPTIONS],
      useFactory: (config: AppConfig, options: AppOptions) =>
        openDatabaseTarget({
          databaseUrl: config.databaseUrl,
          dataDir: config.dataDir,
          initialData: options.embeddedInitialData,
        }),
    },
  ],
  exports: [DATABASE_TARGET],
})
class DatabaseTargetModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_TARGET) private readonly target: DatabaseTarget) {}

  // The embedded engine and its directory lock outlive the DataSource; close them last.
  async onApplicationShutdown(): Promise<void> {
    await this.target.dispose();
  }
}

/** The one DataSource (PostgreSQL or embedded PGlite), migrated before anything else starts. */
@Module({
  imports: [
    DatabaseTargetModule,
    TypeOrmModule.forRootAsync({
      inject: [DATABASE_TARGET],
      useFactory: (target: DatabaseTarget) => ({ ...target.options, retryAttempts: 3, retryDelay: 1000 }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        const applied = await runMigrations(dataSource, (options as { poolSize?: number }).poolSize === 1);
        if (applied.length) new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
        return dataSource;
      },
    }),
  ],
  exports: [DatabaseTargetModule],
})
export class DatabaseModule {}

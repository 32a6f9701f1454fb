import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CLOCK } from '../shared/clock.token.js';
import type { Clock } from '../shared/clock.js';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/** Chooses the adapter: KurrentDB when KURRENTDB_URL is set, else the database's own events table. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, DataSource, CLOCK],
      useFactory: (config: AppConfig, dataSource: DataSource, clock: Clock): EventStore => {
        if (config.kurrentDbUrl) {
          new Logger('EventStore').log('Events are stored in KurrentDB; read models stay in PostgreSQL');
          return KurrentDbEventStore.connect(config.kurrentDbUrl, { clock });
        }
        return new PostgresEventStore(dataSource, clock);
      },
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

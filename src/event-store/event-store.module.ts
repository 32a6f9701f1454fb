import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { resolveMasterKeys } from '../personal-data/master-key-source.js';
import { PersonalKeys } from '../personal-data/personal-keys.js';
import { SealingEventStore } from '../personal-data/sealing-event-store.js';
import { CLOCK } from '../shared/clock.token.js';
import type { Clock } from '../shared/clock.js';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/**
 * Chooses the adapter (KurrentDB when KURRENTDB_URL is set, else the database's own events table)
 * and seals personal data around it, with the key table in the database either way (ADR 0080).
 */
@Global()
@Module({
  providers: [
    {
      provide: PersonalKeys,
      inject: [APP_CONFIG, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) => {
        const keys = new PersonalKeys(dataSource, await resolveMasterKeys(config));
        await keys.assertMasterKeysOpenEveryKey();
        return keys;
      },
    },
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, DataSource, CLOCK, PersonalKeys],
      useFactory: (config: AppConfig, dataSource: DataSource, clock: Clock, keys: PersonalKeys): EventStore => {
        if (config.kurrentDbUrl) {
          new Logger('EventStore').log('Events are stored in KurrentDB; read models stay in PostgreSQL');
          return new SealingEventStore(KurrentDbEventStore.connect(config.kurrentDbUrl, { clock }), keys);
        }
        return new SealingEventStore(new PostgresEventStore(dataSource, clock), keys);
      },
    },
  ],
  exports: [EVENT_STORE, PersonalKeys],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

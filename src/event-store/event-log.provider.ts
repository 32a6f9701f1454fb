import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_LOG_READER, type EventLogReader } from './event-log.js';
import { EVENT_STORE, storeBeneath, type EventStore } from './event-store.port.js';
import { PostgresEventLog } from './postgres/postgres-event-log.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { ScanningEventLog } from './scanning-event-log.js';

/** The audit log reader for whichever store is in use; only event-store/ knows which that is. */
export const eventLogReaderProvider: Provider = {
  provide: EVENT_LOG_READER,
  inject: [EVENT_STORE, DataSource],
  useFactory: (store: EventStore, db: DataSource): EventLogReader =>
    storeBeneath(store) instanceof PostgresEventStore
      ? new PostgresEventLog(db)
      : new ScanningEventLog(storeBeneath(store)),
};

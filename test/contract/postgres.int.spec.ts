import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { newEvent } from '../support/events.js';
import { testDatabaseKinds } from '../support/test-database.js';
import { eventStoreContract } from './event-store.contract.js';

for (const kind of testDatabaseKinds()) {
  eventStoreContract(kind.name, async (clock) => {
    const db = await kind.open({ poolSize: 25 });
    const store = new PostgresEventStore(db.dataSource, clock);
    return {
      store,
      close: () => db.close(),
      beginHeldAppend:
        kind.name === 'PostgreSQL'
          ? async (streamId) => {
              const runner = db.dataSource.createQueryRunner();
              await runner.startTransaction();
              await store.appendUsing(runner.manager, [
                { streamId, events: [newEvent('CommittedLate')], expected: 'no-stream' },
              ]);
              return {
                commit: async () => {
                  await runner.commitTransaction();
                  await runner.release();
                },
              };
            }
          : undefined,
    };
  });
}

if (!process.env.TEST_DATABASE_URL) console.warn('PostgreSQL contract suite skipped: TEST_DATABASE_URL is not set');

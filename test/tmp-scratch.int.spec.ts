import { DataSource } from 'typeorm';
import { openDatabaseTarget } from '../src/database/database-options.js';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import { realisticHistory, writeHistory } from './support/realistic-history.js';

it('writes', async () => {
  const target = await openDatabaseTarget({ dataDir: process.env.SCRATCH_DIR! });
  const db = await new DataSource(target.options).initialize();
  await db.runMigrations({ transaction: 'each' });
  const t = Date.now();
  const h = realisticHistory(20000);
  await writeHistory(new PostgresEventStore(db), h, { peoplePerAppend: 50 });
  console.log('wrote', h.events, 'in', Date.now() - t, 'ms');
  await db.destroy();
  await target.dispose();
}, 600000);

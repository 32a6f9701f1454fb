import { describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { createScratchDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { createApp } from '../bootstrap.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { JsonLogger } from '../http/json-logger.js';
import type { Projection } from './projection.js';
import { ProjectionRegistry } from './projection-registry.js';

/**
 * Closing the app must stop the projection runner before the database goes away: a batch in
 * flight then commits instead of failing with "Connection terminated" (logged as an error).
 */
describe.each(testDatabaseKinds())('projection runner at shutdown ($name)', (kind) => {
  it('lets the batch in flight finish before the database closes', async () => {
    const scratch = kind.name === 'PostgreSQL' ? await createScratchDatabase(process.env.TEST_DATABASE_URL!) : null;
    const logged: string[] = [];
    const app = await createApp(
      {
        CADRE_DATA_DIR: 'memory://',
        ...(scratch ? { DATABASE_URL: scratch.url } : {}),
        CADRE_JWT_SECRET: randomBytes(32).toString('hex'),
        CADRE_MASTER_KEY: randomBytes(32).toString('hex'),
        CADRE_ADMIN_PASSWORD: 'shutdown-test-admin-password',
        LOG_LEVEL: 'error',
      },
      new JsonLogger('error', (line) => logged.push(line)),
    );
    let entered!: () => void;
    const applying = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    const blocking: Projection = {
      name: 'shutdown-probe',
      tables: [],
      // Blocks on the test's own event only: events written at start-up pass through.
      apply: async (event, ctx) => {
        if (event.type !== 'ShutdownProbed') return;
        entered();
        await released;
        await ctx.query('SELECT 1');
        finished = true;
      },
    };
    try {
      app.get(ProjectionRegistry).register(blocking);
      // After start-up: on PGlite a blocked batch holds the only connection, which start-up needs.
      await app.init();
      await app.get<EventStore>(EVENT_STORE).append(
        `probe-${randomUUID()}`,
        [
          {
            eventId: randomUUID(),
            type: 'ShutdownProbed',
            schemaVersion: 1,
            data: {},
            metadata: { actor: 't', correlationId: 'c' },
          },
        ],
        'no-stream',
      );
      await applying;
      const closing = app.close();
      setTimeout(release, 200);
      await closing;
    } finally {
      release();
      await scratch?.drop();
    }
    expect(finished).toBe(true);
    expect(logged.filter((line) => line.includes('Projection batch failed'))).toEqual([]);
  });
});

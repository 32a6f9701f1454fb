import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

const ambient = new AsyncLocalStorage<EntityManager>();

/**
 * Lets code deep inside a transaction (the event store, read by a rebuild's final swap) use that
 * transaction's connection. On embedded PGlite there is only one connection: asking the pool for
 * a second one while a transaction holds it would wait forever.
 */
export const withAmbientTransaction = <T>(tx: EntityManager, run: () => Promise<T>): Promise<T> => ambient.run(tx, run);

export const ambientTransaction = (): EntityManager | undefined => ambient.getStore();

import { KurrentDbEventStore } from '../../src/event-store/kurrentdb/kurrentdb-event-store.js';
import { eventStoreContract } from './event-store.contract.js';

// e.g. KURRENTDB_URL='kurrentdb://127.0.0.1:2113?tls=false' against KurrentDB 25.1+ (appendMulti needs it).
const url = process.env.KURRENTDB_URL;
const skipped = 'KurrentDB contract suite skipped: KURRENTDB_URL is not set';

if (url) {
  eventStoreContract('KurrentDB', async (clock) => {
    const store = KurrentDbEventStore.connect(url, { clock });
    // No beginHeldAppend: KurrentDB has no client-held transactions, so the late-commit case does not apply.
    return { store, close: () => store.close() };
  });
} else {
  console.warn(skipped);
  describe('event store contract: KurrentDB', () => {
    it.todo(skipped);
  });
}

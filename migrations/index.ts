import { EventStore1764460800001 } from './1764460800001-event-store.js';
import { Users1764460800002 } from './1764460800002-users.js';
import { Idempotency1764460800003 } from './1764460800003-idempotency.js';

/** Every migration in order. Listed explicitly: TypeORM's glob loading does not work under ESM builds. */
export const migrations = [EventStore1764460800001, Users1764460800002, Idempotency1764460800003];

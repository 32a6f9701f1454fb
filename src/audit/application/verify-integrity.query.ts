import { Query } from '@nestjs/cqrs';
import type { IntegrityReport } from '../../event-store/postgres/integrity-verifier.js';

export const VERIFY_UNSUPPORTED = 'AUDIT.VERIFY_UNSUPPORTED';
export const VERIFY_UNSUPPORTED_MESSAGE =
  "Integrity verification covers cadre's PostgreSQL events table; the events are stored in KurrentDB, whose log cadre does not hash-chain";

/** Walks every stream's hash chain, its head and the global order (see IntegrityVerifier). */
export class VerifyIntegrity extends Query<IntegrityReport> {}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { EVENT_STORE, storeBeneath, type EventStore } from '../../event-store/event-store.port.js';
import { IntegrityVerifier, type IntegrityReport } from '../../event-store/postgres/integrity-verifier.js';
import { PostgresEventStore } from '../../event-store/postgres/postgres-event-store.js';
import { DomainError } from '../../shared/domain-error.js';
import { VERIFY_UNSUPPORTED, VERIFY_UNSUPPORTED_MESSAGE, VerifyIntegrity } from './verify-integrity.query.js';

/**
 * The hash chain is cadre's own, written by the PostgreSQL adapter (also the embedded one). With
 * KurrentDB holding the events there is no chain to walk, so the answer is a refusal, not a pass.
 */
@QueryHandler(VerifyIntegrity)
export class VerifyIntegrityHandler implements IQueryHandler<VerifyIntegrity> {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute(): Promise<IntegrityReport> {
    if (!(storeBeneath(this.store) instanceof PostgresEventStore))
      throw new DomainError(VERIFY_UNSUPPORTED, VERIFY_UNSUPPORTED_MESSAGE, 'conflict');
    return new IntegrityVerifier(this.db).verify();
  }
}

import { Module } from '@nestjs/common';
import { EVENT_LOG_READER } from '../event-store/event-log.js';
import { eventLogReaderProvider } from '../event-store/event-log.provider.js';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { AuditController } from './api/audit.controller.js';
import { EventLogController } from './api/event-log.controller.js';
import { HistoryController } from './api/history.controller.js';
import { VerifyController } from './api/verify.controller.js';
import { GetHistoryHandler } from './application/get-history.handler.js';
import { ListEventsHandler } from './application/list-events.handler.js';
import { ListStreamActivityHandler } from './application/list-stream-activity.handler.js';
import { VerifyIntegrityHandler } from './application/verify-integrity.handler.js';
import { StreamActivityProjection } from './read-model/stream-activity.projection.js';

/** History and activity, read side only: the audit context never appends events. */
@Module({
  controllers: [AuditController, EventLogController, HistoryController, VerifyController],
  providers: [
    ListStreamActivityHandler,
    ListEventsHandler,
    GetHistoryHandler,
    eventLogReaderProvider,
    VerifyIntegrityHandler,
  ],
  exports: [EVENT_LOG_READER],
})
export class AuditModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(new StreamActivityProjection());
  }
}

import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { AuditController } from './api/audit.controller.js';
import { ListStreamActivityHandler } from './application/list-stream-activity.handler.js';
import { StreamActivityProjection } from './read-model/stream-activity.projection.js';

/** History and activity, read side only: the audit context never appends events. */
@Module({
  controllers: [AuditController],
  providers: [ListStreamActivityHandler],
})
export class AuditModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(new StreamActivityProjection());
  }
}

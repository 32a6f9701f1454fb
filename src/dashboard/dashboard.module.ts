import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { DashboardController } from './api/dashboard.controller.js';
import { GetTaperingHandler } from './application/get-tapering.handler.js';
import { TaperingProjection } from './read-model/tapering.projection.js';

/** The tapering dashboard: the plan against posts, dual-qualified staff and the people in training. */
@Module({
  controllers: [DashboardController],
  providers: [GetTaperingHandler],
})
export class DashboardModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(new TaperingProjection());
  }
}

import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { PlanController } from './api/plan.controller.js';
import { AdoptPlanHandler } from './application/adopt-plan.handler.js';
import { GetFundingHandler } from './application/get-funding.handler.js';
import { GetPlanHandler } from './application/get-plan.handler.js';
import { InitialPlan } from './application/initial-plan.service.js';
import { RevisePlanHandler } from './application/revise-plan.handler.js';
import { PlanProjection } from './read-model/plan.projection.js';

/** The tapering plan and its revisions, adopted from the plan file on the first start. */
@Module({
  controllers: [PlanController],
  providers: [AdoptPlanHandler, RevisePlanHandler, GetPlanHandler, GetFundingHandler, InitialPlan],
})
export class PlanModule {
  // Registered in the constructor, before the runner starts on application bootstrap.
  constructor(registry: ProjectionRegistry) {
    registry.register(new PlanProjection());
  }
}

import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { CohortsController } from './api/cohorts.controller.js';
import { ReportsController } from './api/reports.controller.js';
import { EnrolInCohortHandler } from './application/enrol-in-cohort.handler.js';
import { GetCohortHandler } from './application/get-cohort.handler.js';
import { GetPipelineReportHandler } from './application/get-pipeline-report.handler.js';
import { ListCohortsHandler } from './application/list-cohorts.handler.js';
import { RecordEnrolmentOutcomeHandler } from './application/record-enrolment-outcome.handler.js';
import { ScheduleCohortHandler } from './application/schedule-cohort.handler.js';
import { CohortsProjection } from './read-model/cohorts.projection.js';
import { PipelineProjection } from './read-model/pipeline.projection.js';

/** Cohorts, enrolments and outcomes on the systemic ladder, and the pipeline report. */
@Module({
  controllers: [CohortsController, ReportsController],
  providers: [
    ScheduleCohortHandler,
    EnrolInCohortHandler,
    RecordEnrolmentOutcomeHandler,
    GetCohortHandler,
    ListCohortsHandler,
    GetPipelineReportHandler,
  ],
})
export class TrainingModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(new CohortsProjection(), new PipelineProjection());
  }
}

import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { CaseloadsController } from './api/caseloads.controller.js';
import { StaffCaseloadController } from './api/staff-caseload.controller.js';
import { ClearCaseloadCapHandler } from './application/clear-caseload-cap.handler.js';
import { GetCaseloadCandidatesHandler } from './application/get-caseload-candidates.handler.js';
import { GetCaseloadCapacityHandler } from './application/get-caseload-capacity.handler.js';
import { GetCaseloadHistoryHandler } from './application/get-caseload-history.handler.js';
import { ListCaseloadsHandler } from './application/list-caseloads.handler.js';
import { RecordCaseAllocationsHandler } from './application/record-case-allocations.handler.js';
import { RecordCaseClosuresHandler } from './application/record-case-closures.handler.js';
import { RecordCaseloadCountHandler } from './application/record-caseload-count.handler.js';
import { SetCaseloadCapHandler } from './application/set-caseload-cap.handler.js';
import { CaseloadsProjection } from './read-model/caseloads.projection.js';

/** Caseload planning: open-case counts and caps per person, capacity, and candidates for clinician work. */
@Module({
  controllers: [CaseloadsController, StaffCaseloadController],
  providers: [
    RecordCaseloadCountHandler,
    RecordCaseAllocationsHandler,
    RecordCaseClosuresHandler,
    SetCaseloadCapHandler,
    ClearCaseloadCapHandler,
    ListCaseloadsHandler,
    GetCaseloadCapacityHandler,
    GetCaseloadCandidatesHandler,
    GetCaseloadHistoryHandler,
  ],
})
export class CaseloadsModule {
  // Registered in the constructor, before the runner starts on application bootstrap.
  constructor(registry: ProjectionRegistry) {
    registry.register(new CaseloadsProjection());
  }
}

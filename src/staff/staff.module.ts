import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { StaffController } from './api/staff.controller.js';
import { ChangeStaffDetailsHandler } from './application/change-staff-details.handler.js';
import { GetStaffHandler } from './application/get-staff.handler.js';
import { HireStaffHandler } from './application/hire-staff.handler.js';
import { ListStaffHandler } from './application/list-staff.handler.js';
import { RecordLeavingHandler } from './application/record-leaving.handler.js';
import { RecordQualificationHandler } from './application/record-qualification.handler.js';
import { RecordRegistrationLapseHandler } from './application/record-registration-lapse.handler.js';
import { StaffListProjection } from './read-model/staff-list.projection.js';

/** People: hiring, changes, leaving, qualifications, and the `staff_view` read model. */
@Module({
  controllers: [StaffController],
  providers: [
    HireStaffHandler,
    ChangeStaffDetailsHandler,
    RecordLeavingHandler,
    RecordQualificationHandler,
    RecordRegistrationLapseHandler,
    GetStaffHandler,
    ListStaffHandler,
  ],
})
export class StaffModule {
  // Registered in the constructor, before the runner starts on application bootstrap.
  constructor(registry: ProjectionRegistry) {
    registry.register(new StaffListProjection());
  }
}

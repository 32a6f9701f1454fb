import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { CentreReportsController } from './api/centre-reports.controller.js';
import { IntakesController } from './api/intakes.controller.js';
import { ParticipantsController } from './api/participants.controller.js';
import { ApplyToIntakeHandler } from './application/apply-to-intake.handler.js';
import { CompleteParticipantHandler } from './application/complete-participant.handler.js';
import { DecideOnCouncilHandler } from './application/decide-on-council.handler.js';
import { GetCentreFinancesHandler } from './application/get-centre-finances.handler.js';
import { GetCouncilHandler } from './application/get-council.handler.js';
import { GetOnSiteSupportHoursHandler } from './application/get-on-site-support-hours.handler.js';
import { GetParticipantHandler } from './application/get-participant.handler.js';
import { ListCouncilsHandler } from './application/list-councils.handler.js';
import { ListIntakesHandler } from './application/list-intakes.handler.js';
import { ListInvoicesHandler } from './application/list-invoices.handler.js';
import { ListOnSiteSupportHandler } from './application/list-on-site-support.handler.js';
import { ListParticipantsHandler } from './application/list-participants.handler.js';
import { RecordAttendanceHandler } from './application/record-attendance.handler.js';
import { RecordOnSiteSupportHandler } from './application/record-on-site-support.handler.js';
import { RegisterParticipantsHandler } from './application/register-participants.handler.js';
import { CentreProjection } from './read-model/centre.projection.js';

/** The Centre for Social Work: other councils' cohorts, their days in Triborough and on site, fees and costs. */
@Module({
  controllers: [IntakesController, ParticipantsController, CentreReportsController],
  providers: [
    ApplyToIntakeHandler,
    DecideOnCouncilHandler,
    RegisterParticipantsHandler,
    RecordOnSiteSupportHandler,
    RecordAttendanceHandler,
    CompleteParticipantHandler,
    ListIntakesHandler,
    ListCouncilsHandler,
    GetCouncilHandler,
    ListParticipantsHandler,
    GetParticipantHandler,
    ListInvoicesHandler,
    GetCentreFinancesHandler,
    ListOnSiteSupportHandler,
    GetOnSiteSupportHoursHandler,
  ],
})
export class CentreModule {
  // Registered in the constructor, before the runner starts on application bootstrap.
  constructor(registry: ProjectionRegistry) {
    registry.register(new CentreProjection());
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, type PipeTransform, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth/index.js';
import { Ctx, type RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { readCutOf, ReadRequest } from '../../http/read-cut.request.js';
import { DomainError } from '../../shared/domain-error.js';
import { EnrolInCohortCommand } from '../application/enrol-in-cohort.handler.js';
import { GetCohortQuery } from '../application/get-cohort.handler.js';
import { ListCohortsQuery } from '../application/list-cohorts.handler.js';
import { RecordEnrolmentOutcomeCommand } from '../application/record-enrolment-outcome.handler.js';
import { ScheduleCohortCommand } from '../application/schedule-cohort.handler.js';
import {
  CohortDetailsResponse,
  CohortPageResponse,
  CreatedCohortResponse,
  EnrolmentStatusResponse,
  EnrolmentOutcomeResponse,
} from './cohort.response.js';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { EnrolInCohortRequest } from './enrol-in-cohort.request.js';
import { ListCohortsRequest } from './list-cohorts.request.js';
import { RecordOutcomeRequest } from './record-outcome.request.js';
import { ScheduleCohortRequest } from './schedule-cohort.request.js';
import { COHORT_ROSTER_CSV, COHORTS_CSV } from './training.csv.js';

// Lower-cased: PostgreSQL prints uuids in lower case, and stream ids must match the views' keys.
const lowerCase: PipeTransform<string, string> = { transform: (id) => id.toLowerCase() };
const uuid = (code: string, what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new DomainError(code, `A ${what} id is a UUID`, 'invalid') });
const CohortId = () => Param('id', uuid('COHORT.INVALID_ID', 'cohort'), lowerCase);
const StaffId = () => Param('staffId', uuid('STAFF.INVALID_ID', 'staff'), lowerCase);

/** Cohorts, enrolments and outcomes. Writes answer once the read models include them. */
@ApiTags('cohorts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED or an *.INVALID_* code' })
@Controller('api/cohorts')
export class CohortsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  @Post()
  @Roles('hr', 'admin')
  @ApiCreatedResponse({ type: CreatedCohortResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: hr or admin only' })
  async schedule(@Body() body: ScheduleCohortRequest, @Ctx() ctx: RequestContext): Promise<CreatedCohortResponse> {
    const { reason: _reason, ...input } = body;
    const result = await this.commands.execute(new ScheduleCohortCommand(input, ctx));
    await this.eventSourcing.settle(result.position);
    return { id: result.cohortId };
  }

  @Get()
  @ApiOkResponse({ type: CohortPageResponse, description: 'Sorted by startsOn, then id' })
  @CsvExport(COHORTS_CSV)
  list(@Query() query: ListCohortsRequest): Promise<CohortPageResponse> {
    const { page, pageSize, asAt, knownAt, format: _format, ...filter } = query;
    return this.queries.execute(new ListCohortsQuery(filter, page, pageSize, readCutOf({ asAt, knownAt })));
  }

  @Get(':id')
  @ApiOkResponse({ type: CohortDetailsResponse })
  @ApiNotFoundResponse({ description: 'COHORT.NOT_FOUND' })
  @CsvExport(COHORT_ROSTER_CSV)
  get(@CohortId() id: string, @Query() query: ReadRequest): Promise<CohortDetailsResponse> {
    return this.queries.execute(new GetCohortQuery(id, readCutOf(query)));
  }

  @Post(':id/enrolments')
  @Roles('hr', 'admin')
  @ApiCreatedResponse({ type: EnrolmentStatusResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: hr or admin only' })
  @ApiNotFoundResponse({ description: 'COHORT.NOT_FOUND, STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description:
      'TRAINING.LEVEL_NOT_REACHED, TRAINING.ALREADY_ENROLLED, TRAINING.ALREADY_WAITLISTED, TRAINING.LEVEL_ALREADY_COMPLETED, STAFF.HAS_LEFT, COHORT.ALREADY_ENDED, …',
  })
  async enrol(
    @CohortId() id: string,
    @Body() body: EnrolInCohortRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrolmentStatusResponse> {
    const input = { cohortId: id, staffId: body.staffId, enrolledOn: body.enrolledOn };
    const result = await this.commands.execute(new EnrolInCohortCommand(input, ctx));
    await this.eventSourcing.settle(result.position);
    return { status: result.status };
  }

  @Post(':id/enrolments/:staffId/outcome')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: EnrolmentOutcomeResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: hr or admin only' })
  @ApiNotFoundResponse({ description: 'COHORT.NOT_FOUND, STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'TRAINING.NOT_ENROLLED, TRAINING.OUTCOME_ALREADY_RECORDED, TRAINING.OUTCOME_BEFORE_ENROLMENT',
  })
  async recordOutcome(
    @CohortId() id: string,
    @StaffId() staffId: string,
    @Body() body: RecordOutcomeRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrolmentOutcomeResponse> {
    const input = { cohortId: id, staffId, outcome: body.outcome, on: body.on, reason: body.reason };
    const result = await this.commands.execute(new RecordEnrolmentOutcomeCommand(input, ctx));
    await this.eventSourcing.settle(result.position);
    return { outcome: result.outcome, promoted: result.promoted };
  }
}

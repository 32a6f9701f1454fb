import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
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
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { readCutOf, ReadCutRequest } from '../../http/read-cut.request.js';
import { ApplyToIntakeCommand } from '../application/apply-to-intake.handler.js';
import type { CentreCommandResult } from '../application/centre-command-result.js';
import { DecideOnCouncilCommand } from '../application/decide-on-council.handler.js';
import { GetCouncilQuery } from '../application/get-council.handler.js';
import { ListCouncilsQuery } from '../application/list-councils.handler.js';
import { ListIntakesQuery } from '../application/list-intakes.handler.js';
import { RecordAttendanceCommand } from '../application/record-attendance.handler.js';
import { RecordOnSiteSupportCommand } from '../application/record-on-site-support.handler.js';
import { RegisterParticipantsCommand } from '../application/register-participants.handler.js';
import { CouncilId, IntakeYear } from './centre-fields.js';
import { ListCouncilsRequest, ListRequest } from './centre-reads.request.js';
import { IntakeListResponse, toIntakeListResponse } from './centre-reports.response.js';
import {
  ApplyRequest,
  AttendanceRequest,
  DecisionRequest,
  OnSiteSupportRequest,
  RegisterParticipantsRequest,
} from './centre-writes.request.js';
import {
  AttendanceRecordedResponse,
  CouncilListResponse,
  CouncilResponse,
  CreatedResponse,
  RegisteredParticipantsResponse,
  toCouncilResponse,
} from './centre.response.js';
import { COUNCILS_CSV, INTAKES_CSV } from './centre.csv.js';

export const CENTRE_WRITERS = ['clinical-lead', 'admin'] as const;

/** The Centre's intakes: councils apply and are selected or declined, send participants, get on-site support. */
@ApiTags('centre')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED, CENTRE.INVALID_YEAR, CENTRE.INVALID_ID or CENTRE.INVALID_*' })
@ApiNotFoundResponse({ description: 'CENTRE.INTAKE_NOT_FOUND (no such intake in the plan), CENTRE.COUNCIL_NOT_FOUND' })
@Controller('api/centre/intakes')
export class IntakesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  @Get()
  @ApiOkResponse({ type: IntakeListResponse, description: "The plan's intakes with what has been entered" })
  @CsvExport(INTAKES_CSV)
  async intakes(@Query() query: ListRequest): Promise<IntakeListResponse> {
    return toIntakeListResponse(await this.queries.execute(new ListIntakesQuery(readCutOf(query))));
  }

  @Post(':year/councils')
  @Roles(...CENTRE_WRITERS)
  @ApiCreatedResponse({ type: CreatedResponse, description: "The council's id" })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiUnprocessableEntityResponse({
    description: 'CENTRE.COUNCIL_INELIGIBLE (rated inadequate), CENTRE.SELECTION_CLOSED',
  })
  async apply(@IntakeYear() year: number, @Body() body: ApplyRequest, @Ctx() ctx: RequestContext) {
    const { reason: _reason, ...fields } = body;
    const result = await this.commands.execute(new ApplyToIntakeCommand({ ...fields, intakeYear: year }, ctx));
    await this.eventSourcing.settle(result.position);
    return { id: result.councilId };
  }

  @Get(':year/councils')
  @ApiOkResponse({ type: CouncilListResponse })
  @CsvExport(COUNCILS_CSV)
  async councils(@IntakeYear() year: number, @Query() query: ListCouncilsRequest): Promise<CouncilListResponse> {
    const filter = { intakeYear: year, ...(query.status ? { status: query.status } : {}) };
    const items = await this.queries.execute(new ListCouncilsQuery(filter, readCutOf(query)));
    return { items: items.map(toCouncilResponse) };
  }

  @Get(':year/councils/:councilId')
  @ApiOkResponse({ type: CouncilResponse })
  async council(@IntakeYear() year: number, @CouncilId() id: string, @Query() cut: ReadCutRequest) {
    return toCouncilResponse(await this.queries.execute(new GetCouncilQuery(year, id, readCutOf(cut))));
  }

  @Post(':year/councils/:councilId/selection')
  @HttpCode(200)
  @Roles(...CENTRE_WRITERS)
  @ApiOkResponse({ type: CouncilResponse })
  @ApiUnprocessableEntityResponse({
    description: 'CENTRE.INTAKE_FULL, CENTRE.SELECTION_CLOSED, CENTRE.ALREADY_DECIDED, CENTRE.DATE_BEFORE_APPLICATION',
  })
  select(
    @IntakeYear() year: number,
    @CouncilId() id: string,
    @Body() body: DecisionRequest,
    @Ctx() ctx: RequestContext,
  ) {
    const input = { intakeYear: year, councilId: id, outcome: 'selected' as const, on: body.on, reason: body.reason };
    return this.settled(year, id, this.commands.execute(new DecideOnCouncilCommand(input, ctx)));
  }

  @Post(':year/councils/:councilId/decline')
  @HttpCode(200)
  @Roles(...CENTRE_WRITERS)
  @ApiOkResponse({ type: CouncilResponse })
  @ApiUnprocessableEntityResponse({ description: 'CENTRE.SELECTION_CLOSED, CENTRE.ALREADY_DECIDED' })
  decline(
    @IntakeYear() year: number,
    @CouncilId() id: string,
    @Body() body: DecisionRequest,
    @Ctx() ctx: RequestContext,
  ) {
    const input = { intakeYear: year, councilId: id, outcome: 'declined' as const, on: body.on, reason: body.reason };
    return this.settled(year, id, this.commands.execute(new DecideOnCouncilCommand(input, ctx)));
  }

  @Post(':year/councils/:councilId/participants')
  @Roles(...CENTRE_WRITERS)
  @ApiCreatedResponse({ type: RegisteredParticipantsResponse })
  @ApiUnprocessableEntityResponse({
    description: 'CENTRE.PLACES_FULL, CENTRE.COUNCIL_NOT_SELECTED, CENTRE.DATE_BEFORE_SELECTION, CENTRE.INTAKE_OVER',
  })
  async register(
    @IntakeYear() year: number,
    @CouncilId() id: string,
    @Body() body: RegisterParticipantsRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<RegisteredParticipantsResponse> {
    const participants = body.participants.map(({ name, group }) => ({ name, group }));
    const input = { intakeYear: year, councilId: id, registeredOn: body.registeredOn, participants };
    const result = await this.commands.execute(new RegisterParticipantsCommand(input, ctx));
    await this.eventSourcing.settle(result.position);
    return { ids: result.participantIds };
  }

  @Post(':year/councils/:councilId/on-site-support')
  @HttpCode(200)
  @Roles(...CENTRE_WRITERS)
  @ApiOkResponse({ type: CouncilResponse, description: 'The council with its on-site support' })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description:
      'CENTRE.STAFF_NOT_EMPLOYED, CENTRE.COUNCIL_NOT_SELECTED, CENTRE.BEFORE_INTAKE_START, CENTRE.ON_SITE_SUPPORT_ALREADY_RECORDED',
  })
  onSite(
    @IntakeYear() year: number,
    @CouncilId() id: string,
    @Body() body: OnSiteSupportRequest,
    @Ctx() ctx: RequestContext,
  ) {
    const hoursHundredths = body.hours === undefined ? undefined : Math.round(body.hours * 100);
    const input = { intakeYear: year, councilId: id, staffId: body.staffId, on: body.on, hoursHundredths };
    return this.settled(year, id, this.commands.execute(new RecordOnSiteSupportCommand(input, ctx)));
  }

  @Post(':year/attendance')
  @HttpCode(200)
  @Roles(...CENTRE_WRITERS)
  @ApiOkResponse({ type: AttendanceRecordedResponse, description: 'One day for every participant listed, or none' })
  @ApiNotFoundResponse({ description: 'CENTRE.PARTICIPANT_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description:
      'CENTRE.NO_ON_SITE_SUPPORT, CENTRE.ATTENDANCE_ALREADY_RECORDED, CENTRE.BEFORE_INTAKE_START, CENTRE.DATE_BEFORE_REGISTRATION, CENTRE.PARTICIPANT_COMPLETED, CENTRE.PARTICIPANT_NOT_IN_INTAKE',
  })
  async attendance(
    @IntakeYear() year: number,
    @Body() body: AttendanceRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<AttendanceRecordedResponse> {
    const { reason: _reason, ...day } = body;
    const result = await this.commands.execute(new RecordAttendanceCommand({ ...day, intakeYear: year }, ctx));
    await this.eventSourcing.settle(result.position);
    return { recorded: result.recorded };
  }

  /** Answers with the council once the read models include the command's events. */
  private async settled(year: number, id: string, pending: Promise<CentreCommandResult>): Promise<CouncilResponse> {
    await this.eventSourcing.settle((await pending).position);
    return toCouncilResponse(await this.queries.execute(new GetCouncilQuery(year, id)));
  }
}

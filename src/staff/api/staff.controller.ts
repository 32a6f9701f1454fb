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
import { readCutOf, ReadCutRequest } from '../../http/read-cut.request.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { DomainError } from '../../shared/domain-error.js';
import { ChangeStaffDetailsCommand } from '../application/change-staff-details.handler.js';
import { GetStaffQuery } from '../application/get-staff.handler.js';
import { HireStaffCommand } from '../application/hire-staff.handler.js';
import { ListStaffQuery } from '../application/list-staff.handler.js';
import { RecordLeavingCommand } from '../application/record-leaving.handler.js';
import { RecordQualificationCommand } from '../application/record-qualification.handler.js';
import { RecordRegistrationLapseCommand } from '../application/record-registration-lapse.handler.js';
import type { StaffCommandResult } from '../application/staff-command-runner.js';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { ChangeStaffDetailsRequest } from './change-staff-details.request.js';
import { HireStaffRequest } from './hire-staff.request.js';
import { ListStaffRequest } from './list-staff.request.js';
import { RecordLeavingRequest } from './record-leaving.request.js';
import { RecordQualificationRequest } from './record-qualification.request.js';
import { RecordRegistrationLapseRequest } from './record-registration-lapse.request.js';
import { STAFF_CSV } from './staff.csv.js';
import {
  CreatedStaffResponse,
  StaffCommandResponse,
  StaffPageResponse,
  StaffResponse,
  toStaffPageResponse,
  toStaffResponse,
} from './staff.response.js';

// Lower-cased because PostgreSQL prints uuids in lower case and the stream id must match the view.
const staffId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('STAFF.INVALID_ID', 'A staff id is a UUID', 'invalid'),
});
const lowerCase: PipeTransform<string, string> = { transform: (id) => id.toLowerCase() };
const StaffId = () => Param('id', staffId, lowerCase);

@ApiTags('staff')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED, STAFF.INVALID_ID or another STAFF.INVALID_* code' })
@Controller('api/staff')
export class StaffController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  @Post()
  @Roles('hr', 'admin')
  @ApiCreatedResponse({ type: CreatedStaffResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: hr or admin only' })
  async hire(@Body() body: HireStaffRequest, @Ctx() ctx: RequestContext): Promise<CreatedStaffResponse> {
    const { reason: _reason, ...input } = body;
    const result = await this.settled(this.commands.execute(new HireStaffCommand(input, ctx)));
    return { id: result.id };
  }

  @Get(':id')
  @ApiOkResponse({ type: StaffResponse })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  async get(@StaffId() id: string, @Query() cut: ReadCutRequest): Promise<StaffResponse> {
    return toStaffResponse(await this.queries.execute(new GetStaffQuery(id, readCutOf(cut))));
  }

  @Get()
  @ApiOkResponse({ type: StaffPageResponse })
  @CsvExport(STAFF_CSV)
  async list(@Query() query: ListStaffRequest): Promise<StaffPageResponse> {
    const { page, pageSize, asAt, knownAt, format: _format, ...filter } = query;
    const cut = readCutOf({ asAt, knownAt });
    return toStaffPageResponse(await this.queries.execute(new ListStaffQuery(filter, page, pageSize, cut)));
  }

  @Post(':id/changes')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: StaffCommandResponse })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'STAFF.HAS_LEFT, STAFF.NO_CHANGE, STAFF.EFFECTIVE_BEFORE_*, STAFF.FTE_BELOW_POSTS_HELD',
  })
  change(
    @StaffId() id: string,
    @Body() body: ChangeStaffDetailsRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCommandResponse> {
    const { reason: _reason, ...input } = body;
    return this.settled(this.commands.execute(new ChangeStaffDetailsCommand({ ...input, staffId: id }, ctx)));
  }

  @Post(':id/departure')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: StaffCommandResponse, description: 'Recorded; every post the person held is vacant that day' })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'STAFF.HAS_LEFT, STAFF.EFFECTIVE_BEFORE_*, POSTS.DATE_BEFORE_LAST_CHANGE (a post held changed later)',
  })
  depart(
    @StaffId() id: string,
    @Body() body: RecordLeavingRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCommandResponse> {
    const command = new RecordLeavingCommand({ staffId: id, leftOn: body.leftOn, reason: body.reason }, ctx);
    return this.settled(this.commands.execute(command));
  }

  @Post(':id/qualifications')
  @Roles('hr', 'admin')
  @ApiCreatedResponse({ type: StaffCommandResponse })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description:
      'STAFF.HAS_LEFT, STAFF.ALREADY_REGISTERED, STAFF.QUALIFICATION_ALREADY_RECORDED, TRAINING.LEVEL_ALREADY_COMPLETED',
  })
  qualify(
    @StaffId() id: string,
    @Body() body: RecordQualificationRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCommandResponse> {
    const input = {
      staffId: id,
      qualification: body.toQualification(),
      evidenceRef: body.evidenceRef,
      achievedOn: body.achievedOn,
    };
    return this.settled(this.commands.execute(new RecordQualificationCommand(input, ctx)));
  }

  @Post(':id/registration-lapse')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiOkResponse({ type: StaffCommandResponse })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'STAFF.HAS_LEFT, STAFF.NOT_REGISTERED, STAFF.LAPSE_BEFORE_REGISTRATION',
  })
  lapse(
    @StaffId() id: string,
    @Body() body: RecordRegistrationLapseRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCommandResponse> {
    const command = new RecordRegistrationLapseCommand(
      { staffId: id, lapsedOn: body.lapsedOn, reason: body.reason },
      ctx,
    );
    return this.settled(this.commands.execute(command));
  }

  /** Answers only once the read models include the command's events, so a GET right after sees them. */
  private async settled(pending: Promise<StaffCommandResult>): Promise<StaffCommandResponse> {
    const result = await pending;
    await this.eventSourcing.settle(result.position);
    return { id: result.staffId, version: result.version };
  }
}

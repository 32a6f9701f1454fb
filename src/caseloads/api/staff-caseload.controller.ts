import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  type PipeTransform,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
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
import { readCutOf, ReadRequest } from '../../http/read-cut.request.js';
import { DomainError } from '../../shared/domain-error.js';
import type { CaseloadCommandResult } from '../application/caseload-command-runner.js';
import { ClearCaseloadCapCommand } from '../application/clear-caseload-cap.handler.js';
import { GetCaseloadHistoryQuery } from '../application/get-caseload-history.handler.js';
import { RecordCaseAllocationsCommand } from '../application/record-case-allocations.handler.js';
import { RecordCaseClosuresCommand } from '../application/record-case-closures.handler.js';
import { RecordCaseloadCountCommand } from '../application/record-caseload-count.handler.js';
import { SetCaseloadCapCommand } from '../application/set-caseload-cap.handler.js';
import {
  CaseloadCapClearanceRequest,
  CaseloadCapRequest,
  CaseloadCountRequest,
  CaseMovementRequest,
} from './caseload-commands.request.js';
import { CaseloadHistoryResponse, toHistoryResponse } from './caseload-history.response.js';
import { CaseloadCommandResponse, toCaseloadCommandResponse } from './caseload.response.js';
import { CASELOAD_HISTORY_CSV } from './caseloads.csv.js';

// Lower-cased because stream ids are written with the lower-case ids PostgreSQL prints.
const staffId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('STAFF.INVALID_ID', 'A staff id is a UUID', 'invalid'),
});
const lowerCase: PipeTransform<string, string> = { transform: (id) => id.toLowerCase() };
const StaffId = () => Param('id', staffId, lowerCase);

const WRITERS = ['clinical-lead', 'admin'] as const;
const RULES =
  'STAFF.HAS_LEFT (on or after the leaving date), CASELOADS.NOT_IN_POST (before the start), CASELOADS.NEGATIVE_COUNT, ' +
  'CASELOADS.COUNT_BEFORE_LAST_CHANGE, CASELOADS.CAP_BEFORE_LAST_CHANGE, CASELOADS.NO_INDIVIDUAL_CAP';

/** One person's caseload: counts, movements and an individual cap (clinical leads), and its history. */
@ApiTags('caseloads')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED, STAFF.INVALID_ID' })
@ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
@Controller('api/staff')
export class StaffCaseloadController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  @Post(':id/caseload/counts')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: CaseloadCommandResponse, description: 'Recorded; overCap says whether it breaks the cap' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  count(@StaffId() id: string, @Body() body: CaseloadCountRequest, @Ctx() ctx: RequestContext) {
    return this.settled(this.commands.execute(new RecordCaseloadCountCommand({ ...body, staffId: id }, ctx)));
  }

  @Post(':id/caseload/allocations')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: CaseloadCommandResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  allocate(@StaffId() id: string, @Body() body: CaseMovementRequest, @Ctx() ctx: RequestContext) {
    return this.settled(this.commands.execute(new RecordCaseAllocationsCommand({ ...body, staffId: id }, ctx)));
  }

  @Post(':id/caseload/closures')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: CaseloadCommandResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  close(@StaffId() id: string, @Body() body: CaseMovementRequest, @Ctx() ctx: RequestContext) {
    return this.settled(this.commands.execute(new RecordCaseClosuresCommand({ ...body, staffId: id }, ctx)));
  }

  @Put(':id/caseload/cap')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: CaseloadCommandResponse, description: 'The individual cap replaces the plan cap from `from`' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  setCap(@StaffId() id: string, @Body() body: CaseloadCapRequest, @Ctx() ctx: RequestContext) {
    return this.settled(this.commands.execute(new SetCaseloadCapCommand({ ...body, staffId: id }, ctx)));
  }

  @Post(':id/caseload/cap/clearance')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: CaseloadCommandResponse, description: 'The plan cap applies again from `from`' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  clearCap(@StaffId() id: string, @Body() body: CaseloadCapClearanceRequest, @Ctx() ctx: RequestContext) {
    return this.settled(this.commands.execute(new ClearCaseloadCapCommand({ ...body, staffId: id }, ctx)));
  }

  @Get(':id/caseload/history')
  @ApiOkResponse({
    type: CaseloadHistoryResponse,
    description: 'Every change: what, from when, recorded when, by whom, why',
  })
  @CsvExport(CASELOAD_HISTORY_CSV)
  async history(@StaffId() id: string, @Query() query: ReadRequest): Promise<CaseloadHistoryResponse> {
    return toHistoryResponse(await this.queries.execute(new GetCaseloadHistoryQuery(id, readCutOf(query))));
  }

  /** Answers only once the read models include the change, so a GET right after sees it. */
  private async settled(pending: Promise<CaseloadCommandResult>): Promise<CaseloadCommandResponse> {
    const result = await pending;
    await this.eventSourcing.settle(result.position);
    return toCaseloadCommandResponse(result);
  }
}

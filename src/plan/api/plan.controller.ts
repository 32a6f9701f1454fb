import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
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
import { readCutOf, ReadCutRequest, ReadRequest } from '../../http/read-cut.request.js';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { GetFundingQuery } from '../application/get-funding.handler.js';
import { GetPlanQuery } from '../application/get-plan.handler.js';
import { RevisePlanCommand } from '../application/revise-plan.handler.js';
import { FUNDING_CSV } from './funding.csv.js';
import { FundingResponse, PlanResponse, toFundingResponse, toPlanResponse } from './plan.response.js';
import { RevisePlanRequest } from './revise-plan.request.js';

/** The tapering plan: the revision in force, its history, its funding; revisions by clinical leads. */
@ApiTags('plan')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiNotFoundResponse({ description: 'PLAN.NOT_ADOPTED' })
@Controller('api/plan')
export class PlanController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  @Get()
  @ApiOkResponse({ type: PlanResponse })
  async get(@Query() cut: ReadCutRequest): Promise<PlanResponse> {
    return toPlanResponse(await this.queries.execute(new GetPlanQuery(readCutOf(cut))));
  }

  @Put()
  @Roles('clinical-lead', 'admin')
  @ApiOkResponse({ type: PlanResponse, description: 'The plan with the new revision in force' })
  @ApiBadRequestResponse({ description: 'VALIDATION.FAILED, PLAN.INVALID (details.problems lists every problem)' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiConflictResponse({ description: 'PLAN.STALE_REVISION: reload the plan and apply the change again' })
  @ApiUnprocessableEntityResponse({ description: 'PLAN.NO_CHANGE' })
  async revise(@Body() body: RevisePlanRequest, @Ctx() ctx: RequestContext): Promise<PlanResponse> {
    const result = await this.commands.execute(new RevisePlanCommand(body, ctx));
    await this.eventSourcing.settle(result.position);
    return toPlanResponse(await this.queries.execute(new GetPlanQuery()));
  }

  @Get('funding')
  @ApiOkResponse({ type: FundingResponse, description: 'Lines, totals computed from them, and stated totals checked' })
  @CsvExport(FUNDING_CSV)
  async funding(@Query() query: ReadRequest): Promise<FundingResponse> {
    return toFundingResponse(await this.queries.execute(new GetFundingQuery(readCutOf(query))));
  }
}

import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
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
import { readCutOf, ReadCutRequest } from '../../http/read-cut.request.js';
import { CompleteParticipantCommand } from '../application/complete-participant.handler.js';
import { GetParticipantQuery } from '../application/get-participant.handler.js';
import { ListParticipantsQuery } from '../application/list-participants.handler.js';
import { ParticipantId } from './centre-fields.js';
import { ListParticipantsRequest } from './centre-reads.request.js';
import { CompletionRequest } from './centre-writes.request.js';
import {
  ParticipantPageResponse,
  ParticipantResponse,
  toParticipantPageResponse,
  toParticipantResponse,
} from './centre.response.js';
import { PARTICIPANTS_CSV } from './centre.csv.js';
import { CENTRE_WRITERS } from './intakes.controller.js';

/** Participants of the Centre's courses: other councils' staff, their days attended and completion. */
@ApiTags('centre')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED, CENTRE.INVALID_ID or CENTRE.INVALID_*' })
@ApiNotFoundResponse({ description: 'CENTRE.PARTICIPANT_NOT_FOUND' })
@Controller('api/centre/participants')
export class ParticipantsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  @Get()
  @ApiOkResponse({ type: ParticipantPageResponse })
  @CsvExport(PARTICIPANTS_CSV)
  async list(@Query() query: ListParticipantsRequest): Promise<ParticipantPageResponse> {
    const { page, pageSize, asAt, knownAt, format: _format, councilId, ...rest } = query;
    const filter = { ...rest, ...(councilId ? { councilId: councilId.toLowerCase() } : {}) };
    const result = await this.queries.execute(
      new ListParticipantsQuery(filter, page, pageSize, readCutOf({ asAt, knownAt })),
    );
    return toParticipantPageResponse(result);
  }

  @Get(':id')
  @ApiOkResponse({ type: ParticipantResponse })
  async get(@ParticipantId() id: string, @Query() cut: ReadCutRequest): Promise<ParticipantResponse> {
    return toParticipantResponse(await this.queries.execute(new GetParticipantQuery(id, readCutOf(cut))));
  }

  @Post(':id/completion')
  @HttpCode(200)
  @Roles(...CENTRE_WRITERS)
  @ApiOkResponse({ type: ParticipantResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @ApiUnprocessableEntityResponse({
    description: 'CENTRE.PARTICIPANT_COMPLETED, CENTRE.DATE_BEFORE_ATTENDANCE, CENTRE.BEFORE_INTAKE_START',
  })
  async complete(@ParticipantId() id: string, @Body() body: CompletionRequest, @Ctx() ctx: RequestContext) {
    const result = await this.commands.execute(new CompleteParticipantCommand({ participantId: id, on: body.on }, ctx));
    await this.eventSourcing.settle(result.position);
    return toParticipantResponse(await this.queries.execute(new GetParticipantQuery(id)));
  }
}

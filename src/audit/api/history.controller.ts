import { Controller, Get, Param, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { DomainError } from '../../shared/domain-error.js';
import { GetHistoryQuery } from '../application/get-history.handler.js';
import { HistoryResponse } from './history.response.js';

const uuid = (code: string, message: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new DomainError(code, message, 'invalid') });
// Lower-cased because stream ids are written with the lower-case ids PostgreSQL prints.
const lowerCase: PipeTransform<string, string> = { transform: (id) => id.toLowerCase() };

/**
 * Timelines of one person, one post and the plan, read from their streams. Served by the audit
 * context so the owning contexts' controllers stay about their own commands and views.
 */
@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@Controller('api')
export class HistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get('staff/:id/history')
  @ApiOkResponse({ type: HistoryResponse })
  @ApiBadRequestResponse({ description: 'STAFF.INVALID_ID' })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  staff(
    @Param('id', uuid('STAFF.INVALID_ID', 'A staff id is a UUID'), lowerCase) id: string,
  ): Promise<HistoryResponse> {
    return this.queries.execute(new GetHistoryQuery({ kind: 'staff', id }));
  }

  @Get('posts/:id/history')
  @ApiOkResponse({ type: HistoryResponse })
  @ApiBadRequestResponse({ description: 'POSTS.INVALID_ID' })
  @ApiNotFoundResponse({ description: 'POSTS.NOT_FOUND' })
  post(@Param('id', uuid('POSTS.INVALID_ID', 'A post id is a UUID'), lowerCase) id: string): Promise<HistoryResponse> {
    return this.queries.execute(new GetHistoryQuery({ kind: 'post', id }));
  }

  @Get('plan/history')
  @ApiOkResponse({ type: HistoryResponse })
  @ApiNotFoundResponse({ description: 'PLAN.NOT_ADOPTED' })
  plan(): Promise<HistoryResponse> {
    return this.queries.execute(new GetHistoryQuery({ kind: 'plan' }));
  }
}

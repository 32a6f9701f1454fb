import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../auth/index.js';
import { Ctx, type RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { DomainError } from '../../shared/domain-error.js';
import { EraseStaffPersonalDataCommand, type ErasureResult } from '../application/erase-staff.handler.js';
import { ErasureRequest, ErasureResponse } from './erasure.request.js';

const staffId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('STAFF.INVALID_ID', 'A staff id is a UUID', 'invalid'),
});

@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/staff')
export class ErasureController {
  constructor(
    private readonly commands: CommandBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  /**
   * Crypto-shredding (ADR 0080): the person's key is destroyed, so their name, registration number
   * and the reasons recorded about them read as `[erased]` everywhere, for good; every count, WTE and
   * cost stays as it was, and the hash chain still verifies.
   */
  @Post(':id/erasure')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: ErasureResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: admin only' })
  @ApiNotFoundResponse({ description: 'STAFF.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PERSONAL_DATA.STILL_EMPLOYED, PERSONAL_DATA.ALREADY_ERASED' })
  async erase(
    @Param('id', staffId) id: string,
    @Body() _body: ErasureRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<ErasureResponse> {
    const result: ErasureResult = await this.commands.execute(new EraseStaffPersonalDataCommand(id.toLowerCase(), ctx));
    await this.eventSourcing.settle(result.position);
    return { id: result.staffId, erasedOn: result.erasedOn };
  }
}

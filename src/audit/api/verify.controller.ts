import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth/index.js';
import { VERIFY_UNSUPPORTED, VerifyIntegrity } from '../application/verify-integrity.query.js';
import { IntegrityReportResponse } from './integrity-report.response.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: auditor or admin only' })
@Roles('auditor', 'admin')
@Controller('api/audit')
export class VerifyController {
  constructor(private readonly queries: QueryBus) {}

  @Get('verify')
  @ApiOperation({
    summary: "Recompute every stream's hash chain and check heads and global order",
    description:
      'Reads the whole events table: an edited, deleted, inserted or reordered event is named by stream and version. ' +
      'A tampered store still answers 200, with ok false and the problems found.',
  })
  @ApiOkResponse({ type: IntegrityReportResponse })
  @ApiConflictResponse({ description: `${VERIFY_UNSUPPORTED}: the events are stored in KurrentDB` })
  verify(): Promise<IntegrityReportResponse> {
    return this.queries.execute(new VerifyIntegrity());
  }
}

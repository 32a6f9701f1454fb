import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '../../auth/index.js';
import { ListStreamActivity } from '../application/list-stream-activity.query.js';
import { StreamActivityRequest } from './stream-activity.request.js';
import { StreamActivityPageResponse } from './stream-activity.response.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: auditor or admin only' })
@Roles('auditor', 'admin')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get('activity')
  @ApiOkResponse({ type: StreamActivityPageResponse })
  activity(@Query() query: StreamActivityRequest): Promise<StreamActivityPageResponse> {
    return this.queries.execute(new ListStreamActivity(query.page, query.pageSize, query.category));
  }
}

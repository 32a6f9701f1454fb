import { Controller, Get, Headers, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { readCutOf } from '../../http/read-cut.request.js';
import type { TaperingDashboard } from '../domain/tapering.js';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { GetTaperingQuery } from '../application/get-tapering.handler.js';
import { TaperingRequest } from './tapering.request.js';
import { TAPERING_CSV } from './tapering.csv.js';
import { TaperingResponse } from './tapering.response.js';

@ApiTags('dashboard')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@Controller('api/dashboard')
export class DashboardController {
  constructor(private readonly queries: QueryBus) {}

  @Get('tapering')
  @ApiOkResponse({
    type: TaperingResponse,
    description:
      'Every programme year of the plan in force: planned, actual (at year end, or today for the current year), ' +
      'forecast for years not yet ended, and the gap between planned integrated WTE and what dual-qualified staff can cover',
  })
  @ApiNotFoundResponse({ description: 'PLAN.NOT_ADOPTED' })
  @CsvExport(TAPERING_CSV)
  tapering(
    @Query() query: TaperingRequest,
    @Headers('cache-control') cacheControl?: string,
  ): Promise<TaperingDashboard> {
    // `Cache-Control: no-cache` asks for the figures computed afresh rather than served again.
    const fresh = /(^|,)\s*no-cache\s*(,|$)/i.test(cacheControl ?? '');
    return this.queries.execute(new GetTaperingQuery(query.borough, readCutOf(query), fresh));
  }
}

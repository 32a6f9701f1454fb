import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { readCutOf } from '../../http/read-cut.request.js';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { GetPipelineReportQuery } from '../application/get-pipeline-report.handler.js';
import { PipelineReportRequest } from './pipeline-report.request.js';
import { PipelineReportResponse } from './pipeline-report.response.js';
import { PIPELINE_CSV } from './training.csv.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  /** The systemic ladder per level and borough, and the dual-qualified staff in post. */
  @Get('pipeline')
  @ApiOkResponse({ type: PipelineReportResponse })
  @CsvExport(PIPELINE_CSV)
  pipeline(@Query() query: PipelineReportRequest): Promise<PipelineReportResponse> {
    return this.queries.execute(new GetPipelineReportQuery(query.borough, query.on, readCutOf(query)));
  }
}

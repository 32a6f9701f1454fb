import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { readCutOf } from '../../http/read-cut.request.js';
import { GetCaseloadCandidatesQuery } from '../application/get-caseload-candidates.handler.js';
import { GetCaseloadCapacityQuery } from '../application/get-caseload-capacity.handler.js';
import { ListCaseloadsQuery } from '../application/list-caseloads.handler.js';
import { CaseloadCandidatesResponse, toCandidatesResponse } from './caseload-candidates.response.js';
import { CaseloadCapacityResponse, toCapacityResponse } from './caseload-capacity.response.js';
import { CaseloadScopeRequest, ListCaseloadsRequest } from './caseload-queries.request.js';
import { CaseloadListResponse, toCaseloadListResponse } from './caseload.response.js';
import { CANDIDATES_CSV, CAPACITY_CSV, CASELOADS_CSV } from './caseloads.csv.js';

/**
 * Caseload planning for Heads of Clinical Practice: who holds how many cases against their cap,
 * the headroom there is, and who could take clinician work next. Everyone signed in reads.
 */
@ApiTags('caseloads')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED' })
@Controller('api/caseloads')
export class CaseloadsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: CaseloadListResponse, description: 'People in post with a cap in force or cases held' })
  @CsvExport(CASELOADS_CSV)
  async list(@Query() query: ListCaseloadsRequest): Promise<CaseloadListResponse> {
    const { borough, role, over, staffId } = query;
    return toCaseloadListResponse(
      await this.queries.execute(new ListCaseloadsQuery({ borough, role, over, staffId }, readCutOf(query))),
    );
  }

  @Get('capacity')
  @ApiOkResponse({ type: CaseloadCapacityResponse })
  @CsvExport(CAPACITY_CSV)
  async capacity(@Query() query: CaseloadScopeRequest): Promise<CaseloadCapacityResponse> {
    return toCapacityResponse(
      await this.queries.execute(new GetCaseloadCapacityQuery(query.borough, readCutOf(query))),
    );
  }

  @Get('candidates')
  @ApiOkResponse({
    type: CaseloadCandidatesResponse,
    description: 'Dual-qualified staff outside the clinical team with places free, for the next integration step',
  })
  @CsvExport(CANDIDATES_CSV)
  async candidates(@Query() query: CaseloadScopeRequest): Promise<CaseloadCandidatesResponse> {
    return toCandidatesResponse(
      await this.queries.execute(new GetCaseloadCandidatesQuery(query.borough, readCutOf(query))),
    );
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { readCutOf } from '../../http/read-cut.request.js';
import { GetCentreFinancesQuery } from '../application/get-centre-finances.handler.js';
import { ListInvoicesQuery } from '../application/list-invoices.handler.js';
import { ListOnSiteSupportQuery } from '../application/list-on-site-support.handler.js';
import { ListInvoicesRequest, ListOnSiteSupportRequest, ListRequest } from './centre-reads.request.js';
import {
  CentreFinancesResponse,
  InvoiceListResponse,
  OnSiteSupportListResponse,
  toCentreFinancesResponse,
  toInvoiceListResponse,
  toOnSiteSupportListResponse,
} from './centre-reports.response.js';
import { FINANCES_CSV, INVOICES_CSV, ON_SITE_SUPPORT_CSV } from './centre.csv.js';

/** The Centre's money and the Triborough time it takes, for everyone who reads. */
@ApiTags('centre')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED' })
@Controller('api/centre')
export class CentreReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('invoices')
  @ApiOkResponse({ type: InvoiceListResponse, description: 'Fees due from each council for each intake' })
  @CsvExport(INVOICES_CSV)
  async invoices(@Query() query: ListInvoicesRequest): Promise<InvoiceListResponse> {
    const filter = query.intakeYear === undefined ? {} : { intakeYear: query.intakeYear };
    return toInvoiceListResponse(await this.queries.execute(new ListInvoicesQuery(filter, readCutOf(query))));
  }

  @Get('finances')
  @ApiOkResponse({
    type: CentreFinancesResponse,
    description:
      "Cost from the lines, income planned and invoiced against the plan's income line, funding still needed",
  })
  @ApiNotFoundResponse({ description: 'PLAN.NOT_ADOPTED, CENTRE.NOT_IN_PLAN' })
  @CsvExport(FINANCES_CSV)
  async finances(@Query() query: ListRequest): Promise<CentreFinancesResponse> {
    return toCentreFinancesResponse(await this.queries.execute(new GetCentreFinancesQuery(readCutOf(query))));
  }

  @Get('on-site-support')
  @ApiOkResponse({
    type: OnSiteSupportListResponse,
    description: 'Days of on-site support by Triborough staff, with total hours (time not available for cases)',
  })
  @CsvExport(ON_SITE_SUPPORT_CSV)
  async onSiteSupport(@Query() query: ListOnSiteSupportRequest): Promise<OnSiteSupportListResponse> {
    const { asAt, knownAt, format: _format, staffId, councilId, ...rest } = query;
    const filter = {
      ...rest,
      ...(staffId ? { staffId: staffId.toLowerCase() } : {}),
      ...(councilId ? { councilId: councilId.toLowerCase() } : {}),
    };
    const list = await this.queries.execute(new ListOnSiteSupportQuery(filter, readCutOf({ asAt, knownAt })));
    return toOnSiteSupportListResponse(list);
  }
}

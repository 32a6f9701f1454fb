import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/index.js';
import { EVENT_LOG_READER, type EventLogReader } from '../../event-store/event-log.js';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { toEventLogFilter } from '../application/event-log-filter.js';
import { EXPORT_CONTENT_TYPE, exportEvents } from '../application/export-events.js';
import { ListEventsQuery } from '../application/list-events.handler.js';
import { EventLogRequest, EventRangeRequest } from './event-log.request.js';
import { EVENT_LOG_CSV } from './event-log.csv.js';
import { EventLogPageResponse } from './event-log.response.js';

/** The stored events themselves, for auditors: paged in global order, or exported whole. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED, AUDIT.INVALID_RANGE, AUDIT.INVALID_CURSOR' })
@Controller('api/audit')
export class EventLogController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(EVENT_LOG_READER) private readonly reader: EventLogReader,
  ) {}

  @Get('events')
  @ApiOkResponse({ type: EventLogPageResponse, description: 'Every role may read the event log' })
  @CsvExport(EVENT_LOG_CSV)
  events(@Query() query: EventLogRequest): Promise<EventLogPageResponse> {
    const { limit, ...range } = query;
    return this.queries.execute(new ListEventsQuery(range, limit));
  }

  /** Streamed line by line: the response starts before the last event is read. */
  @Get('export')
  @Roles('auditor', 'admin')
  @ApiProduces(EXPORT_CONTENT_TYPE)
  @ApiOkResponse({ description: 'JSON Lines, one event per line in global order, each with its hashes' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: auditor or admin only' })
  async export(@Query() query: EventRangeRequest, @Res() res: Response): Promise<void> {
    const filter = toEventLogFilter(query);
    res.status(200).type(EXPORT_CONTENT_TYPE);
    res.setHeader('Content-Disposition', 'attachment; filename="cadre-events.jsonl"');
    try {
      await exportEvents(this.reader, filter, res);
      res.end();
    } catch (error) {
      // The status line has gone: cutting the connection is the only way left to say it failed.
      res.destroy(error as Error);
    }
  }
}

import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import type { CsvShape } from './csv-shape.js';
import { toCsv } from './to-csv.js';

export const CSV_SHAPE = 'cadre:csv:shape';

/** `?format=csv`, or an Accept header that prefers text/csv to JSON. */
export const wantsCsv = (req: Request): boolean =>
  req.query.format === 'csv' ||
  (req.query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');

/**
 * Turns a route's JSON answer into CSV when asked, by the shape the route declares with
 * `@CsvExport`. It only reshapes what the handler returned, so whatever query the route takes
 * (filters, paging, as-at dates) applies to the CSV unchanged.
 */
@Injectable()
export class CsvExportInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const shape = this.reflector.get<CsvShape<unknown, unknown> | undefined>(CSV_SHAPE, context.getHandler());
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    if (!shape || !wantsCsv(req)) return next.handle();
    const res = http.getResponse<Response>();
    return next.handle().pipe(
      map((result: unknown) => {
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="${shape.file}.csv"`);
        res.setHeader('Vary', 'Accept');
        for (const [name, value] of Object.entries(shape.headers?.(result) ?? {})) res.setHeader(name, String(value));
        return toCsv(shape, result);
      }),
    );
  }
}

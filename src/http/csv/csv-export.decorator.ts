import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import { CSV_SHAPE, CsvExportInterceptor } from './csv-export.interceptor.js';
import type { CsvShape } from './csv-shape.js';

/**
 * The route also answers `text/csv` (`Accept: text/csv` or `?format=csv`), shaped by `shape`;
 * its query DTO needs a `@FormatField() format` so that `format` passes validation.
 */
export const CsvExport = <T, R>(shape: CsvShape<T, R>): MethodDecorator =>
  applyDecorators(
    SetMetadata(CSV_SHAPE, shape),
    UseInterceptors(CsvExportInterceptor),
    ApiProduces('application/json', 'text/csv'),
  );

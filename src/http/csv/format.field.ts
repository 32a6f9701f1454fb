import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** The `format` query parameter of a route with `@CsvExport`: csv for a spreadsheet, json by default. */
export const FormatField = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: FORMATS,
      default: 'json',
      description: 'csv: the same answer as a CSV table (docs/exports.md)',
    }),
    IsOptional(),
    IsIn(FORMATS),
  );

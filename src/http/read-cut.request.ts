import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { ReadCut } from '../shared/read-cut.js';
import { FormatField, type Format } from './csv/format.field.js';
import { IsInstant } from './is-instant.validator.js';
import { IsIsoDate } from './is-iso-date.validator.js';

/** The two "as at" query parameters every read endpoint takes; list requests extend it. */
export class ReadCutRequest {
  @ApiPropertyOptional({
    example: '2018-03-31',
    description: 'The state effective on this date, from everything known now (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsIsoDate()
  asAt?: string;

  @ApiPropertyOptional({
    example: '2018-04-15T00:00:00Z',
    description: 'The state as the system knew it at this instant, ignoring everything recorded later',
  })
  @IsOptional()
  @IsInstant()
  knownAt?: string;
}

/** The cut a request asks for, with `knownAt` as a UTC instant. */
export const readCutOf = ({ asAt, knownAt }: ReadCutRequest): ReadCut => ({
  ...(asAt !== undefined ? { asAt } : {}),
  ...(knownAt !== undefined ? { knownAt: new Date(knownAt).toISOString() } : {}),
});

/** A read of one thing: the cut and, where the route exports CSV, the answer's format. */
export class ReadRequest extends ReadCutRequest {
  @FormatField()
  format?: Format;
}

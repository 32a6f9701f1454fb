import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReadCutRequest } from '../../http/read-cut.request.js';
import { FormatField, type Format } from '../../http/csv/format.field.js';
import { DateField, toInteger } from './training-fields.js';

export const MAX_PAGE_SIZE = 500;

export class ListCohortsRequest extends ReadCutRequest {
  @ApiPropertyOptional({ enum: [1, 2, 3, 4] })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(4)
  level?: number;

  @DateField({ example: '2016-04-01', optional: true, description: 'Cohorts starting on or after this date' })
  from?: string;

  @DateField({ example: '2017-03-31', optional: true, description: 'Cohorts starting on or before this date' })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 50;

  @FormatField()
  format?: Format;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BOROUGHS, type Borough } from '../../shared/values.js';
import { ReadCutRequest } from '../../http/read-cut.request.js';
import { FormatField, type Format } from '../../http/csv/format.field.js';
import { DateField } from './training-fields.js';

export class PipelineReportRequest extends ReadCutRequest {
  @ApiPropertyOptional({ enum: BOROUGHS, description: 'Only this borough (the total is then that borough)' })
  @IsOptional()
  @IsIn(BOROUGHS)
  borough?: Borough;

  @DateField({
    example: '2017-10-01',
    optional: true,
    description:
      'Chooses the programme year for completedThisProgrammeYear; by default asAt, else the day of knownAt, else today (UK)',
  })
  on?: string;

  @FormatField()
  format?: Format;
}

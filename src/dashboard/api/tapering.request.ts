import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReadCutRequest } from '../../http/read-cut.request.js';
import { FormatField, type Format } from '../../http/csv/format.field.js';
import { BOROUGHS, type Borough } from '../../shared/values.js';

export class TaperingRequest extends ReadCutRequest {
  @ApiPropertyOptional({ enum: BOROUGHS, description: 'One borough; the whole programme when absent' })
  @IsOptional()
  @IsIn(BOROUGHS)
  borough?: Borough;

  @FormatField()
  format?: Format;
}

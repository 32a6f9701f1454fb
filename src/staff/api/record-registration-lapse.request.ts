import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';
import { ReasonField } from './staff-fields.js';

export class RecordRegistrationLapseRequest {
  @ApiProperty({ example: '2018-01-01', format: 'date' })
  @IsIsoDate()
  lapsedOn: string;

  @ReasonField()
  reason?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';

export class RecordLeavingRequest {
  @ApiProperty({ example: '2018-03-31', format: 'date' })
  @IsIsoDate()
  leftOn: string;

  @ApiProperty({ example: 'Moved to another authority', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

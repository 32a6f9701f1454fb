import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { DateField, ReasonField } from './training-fields.js';

export class ScheduleCohortRequest {
  @ApiProperty({ enum: [1, 2, 3, 4], example: 1, description: 'Systemic level: 1 foundation … 4 second MSc year' })
  @IsInt()
  @Min(1)
  @Max(4)
  level: number;

  @ApiProperty({ example: 'Systemic Year 1, autumn 2016', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Tavistock and Portman', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  provider: string;

  @DateField({ example: '2016-09-01' })
  startsOn: string;

  @DateField({ example: '2017-07-31', description: 'After startsOn' })
  endsOn: string;

  @ApiProperty({ example: 30, minimum: 1, maximum: 10000 })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity: number;

  @DateField({
    example: '2016-06-01',
    optional: true,
    description:
      'The day the cohort came to exist (on or before endsOn), from which "as at" views show it. ' +
      'Default: today, or startsOn if that has passed. Set it when recording past cohorts.',
  })
  scheduledOn?: string;

  @ReasonField()
  reason?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OUTCOMES, type EnrolmentOutcome } from '../domain/cohort.events.js';
import { DateField, ReasonField } from './training-fields.js';

export class RecordOutcomeRequest {
  @ApiProperty({ enum: OUTCOMES, example: 'completed' })
  @IsIn(OUTCOMES)
  outcome: EnrolmentOutcome;

  @DateField({ example: '2017-07-15', description: 'When the enrolment ended; not before it started' })
  on: string;

  @ReasonField()
  reason?: string;
}

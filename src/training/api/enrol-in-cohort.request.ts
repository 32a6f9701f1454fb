import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DateField, ReasonField } from './training-fields.js';

export class EnrolInCohortRequest {
  @ApiProperty({ format: 'uuid', description: 'The member of staff to enrol' })
  @IsUUID()
  staffId: string;

  @DateField({ example: '2016-08-15', optional: true, description: "Defaults to today's date in the UK" })
  enrolledOn?: string;

  @ReasonField()
  reason?: string;
}

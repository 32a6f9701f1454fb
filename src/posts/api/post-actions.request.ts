import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DateField, ReasonField } from './post-fields.js';

/** Bodies of the post's actions. Every end date is the first day without the thing ended. */

export class AppointmentRequest {
  @ApiProperty({ format: 'uuid', description: 'The member of staff appointed' })
  @IsUUID()
  staffId: string;

  @DateField({ example: '2016-04-01', description: 'First day in post' })
  from: string;

  @ReasonField()
  reason?: string;
}

export class VacancyRequest {
  @DateField({ example: '2018-04-01', description: 'First day the post is vacant' })
  on: string;

  @ReasonField()
  reason?: string;
}

export class IntegrationRequest {
  @ApiProperty({
    format: 'uuid',
    description: 'The social work post, held by a dual-qualified person, taking the work',
  })
  @IsUUID()
  intoPostId: string;

  @DateField({ example: '2018-04-01', description: 'First day the work is done inside the social work post' })
  on: string;

  @ReasonField()
  reason?: string;
}

export class DisestablishmentRequest {
  @DateField({ example: '2019-04-01', description: 'First day without the post' })
  on: string;

  @ReasonField()
  reason?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsDecimal } from '../../http/is-decimal.validator.js';
import { BOROUGHS, type Borough } from '../../shared/values.js';
import {
  ATTENDANCE_KINDS,
  OFSTED_RATINGS,
  PARTICIPANT_GROUPS,
  type AttendanceKind,
  type OfstedRating,
  type ParticipantGroup,
} from '../domain/centre.values.js';
import { DateField, ReasonField } from './centre-fields.js';

/** Bodies of the Centre's commands. */

export class ApplyRequest {
  @ApiProperty({ example: 'Northshire County Council', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: OFSTED_RATINGS, example: 'requires-improvement', description: 'inadequate is refused' })
  @IsIn(OFSTED_RATINGS)
  ofstedRating: OfstedRating;

  @ApiProperty({ example: 'Director in post since 2013; two of four heads of service interim', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  leadershipNotes: string;

  @DateField({ example: '2016-11-15', description: "By the plan's closing date for the intake" })
  appliedOn: string;

  @ReasonField()
  reason?: string;
}

export class DecisionRequest {
  @DateField({ example: '2017-01-20', description: "By the plan's closing date for the intake" })
  on: string;

  @ApiProperty({ example: 'Stable leadership, committed to the model', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ParticipantEntry {
  @ApiProperty({ example: 'Ruth Example', maxLength: 200, description: 'Personal data' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PARTICIPANT_GROUPS, example: 'practitioner' })
  @IsIn(PARTICIPANT_GROUPS)
  group: ParticipantGroup;
}

export class RegisterParticipantsRequest {
  @DateField({ example: '2017-03-01', description: 'On or after the council was selected' })
  registeredOn: string;

  @ApiProperty({ type: ParticipantEntry, isArray: true, minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ParticipantEntry)
  participants: ParticipantEntry[];

  @ReasonField()
  reason?: string;
}

export class OnSiteSupportRequest {
  @ApiProperty({ format: 'uuid', description: 'The Triborough member of staff who gave the support' })
  @IsUUID()
  staffId: string;

  @DateField({ example: '2017-05-02' })
  on: string;

  @ApiPropertyOptional({ example: 7.5, maximum: 24, description: "Hours given; the plan's day when absent" })
  @IsOptional()
  @IsDecimal(2)
  @IsPositive()
  @Max(24)
  hours?: number;

  @ReasonField()
  reason?: string;
}

export class AttendanceRequest {
  @DateField({ example: '2017-04-10' })
  on: string;

  @ApiProperty({ enum: ATTENDANCE_KINDS, example: 'classroom' })
  @IsIn(ATTENDANCE_KINDS)
  kind: AttendanceKind;

  @ApiPropertyOptional({ example: 'Children in need, Westminster', maxLength: 200, description: 'embedded days' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  service?: string;

  @ApiPropertyOptional({ enum: BOROUGHS, description: 'embedded days: the borough of the service' })
  @IsOptional()
  @IsIn(BOROUGHS)
  borough?: Borough;

  @ApiPropertyOptional({ format: 'uuid', description: 'on-site days: who gave the support' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiProperty({ type: String, format: 'uuid', isArray: true, minItems: 1, maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  participantIds: string[];

  @ReasonField()
  reason?: string;
}

export class CompletionRequest {
  @DateField({ example: '2018-03-01' })
  on: string;

  @ReasonField()
  reason?: string;
}

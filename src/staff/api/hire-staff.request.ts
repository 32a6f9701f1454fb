import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { Borough, Role } from '../../shared/values.js';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';
import { BoroughField, FteField, ReasonField, RegistrationNumberField, RoleField } from './staff-fields.js';

export class RegistrationRequest {
  @RegistrationNumberField()
  number: string;

  @ApiProperty({ example: '2012-09-01', format: 'date' })
  @IsIsoDate()
  registeredOn: string;
}

export class HireStaffRequest {
  @ApiProperty({ example: 'Ana Silva', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @BoroughField()
  borough: Borough;

  @RoleField()
  role: Role;

  @FteField()
  fte: number;

  @ApiProperty({ example: '2016-04-01', format: 'date' })
  @IsIsoDate()
  startedOn: string;

  @ApiPropertyOptional({ type: RegistrationRequest, description: 'Social Work England registration, if any' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationRequest)
  registration?: RegistrationRequest;

  @ReasonField()
  reason?: string;
}

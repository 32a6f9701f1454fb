import { ApiProperty } from '@nestjs/swagger';
import type { Borough, Role } from '../../shared/values.js';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';
import { BoroughField, FteField, ReasonField, RoleField } from './staff-fields.js';

/** Any of role, fte and borough; values equal to the current ones are ignored (none changed: 422). */
export class ChangeStaffDetailsRequest {
  @ApiProperty({ example: '2017-04-01', format: 'date' })
  @IsIsoDate()
  effectiveOn: string;

  @RoleField({ optional: true })
  role?: Role;

  @FteField({ optional: true })
  fte?: number;

  @BoroughField({ optional: true })
  borough?: Borough;

  @ReasonField()
  reason?: string;
}

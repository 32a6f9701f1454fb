import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReadCutRequest } from '../../http/read-cut.request.js';
import { FormatField, type Format } from '../../http/csv/format.field.js';
import { BOROUGHS, ROLES, type Borough, type Role } from '../../shared/values.js';

// Query values arrive as text. Only plain digits and true/false are converted; anything else is
// left as it came so that validation refuses it (Number('') would quietly be 0).
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const MAX_PAGE_SIZE = 500;

export class ListStaffRequest extends ReadCutRequest {
  @ApiPropertyOptional({ enum: BOROUGHS })
  @IsOptional()
  @IsIn(BOROUGHS)
  borough?: Borough;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ minimum: 0, maximum: 4, description: 'Highest systemic level completed (0 = none)' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(4)
  level?: number;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dualQualified?: boolean;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 50;

  @FormatField()
  format?: Format;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { FormatField, type Format } from '../../http/csv/format.field.js';
import { ReadCutRequest } from '../../http/read-cut.request.js';
import { BOROUGHS, ROLES, type Borough, type Role } from '../../shared/values.js';

// Only true/false are converted; anything else is left as it came so that validation refuses it.
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** A borough or the whole programme, at a cut, as JSON or CSV. */
export class CaseloadScopeRequest extends ReadCutRequest {
  @ApiPropertyOptional({ enum: BOROUGHS, description: 'Only this borough' })
  @IsOptional()
  @IsIn(BOROUGHS)
  borough?: Borough;

  @FormatField()
  format?: Format;
}

export class ListCaseloadsRequest extends CaseloadScopeRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this person's line (none when they have no line)" })
  @IsOptional()
  @IsUUID()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  staffId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only those over their cap; false: only those within it' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  over?: boolean;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const MAX_USER_CHANGES = 500;

export class UserChangesRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the changes to this account' })
  @IsOptional()
  @IsUUID()
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  userId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_USER_CHANGES, default: 100 })
  @IsOptional()
  // Plain digits only: anything else stays text so that validation refuses it.
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(MAX_USER_CHANGES)
  limit: number = 100;
}

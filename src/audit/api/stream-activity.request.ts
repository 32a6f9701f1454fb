import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

export class StreamActivityRequest {
  @ApiPropertyOptional({
    description: 'Stream category: the part of the stream id before the first "-"',
    example: 'staff',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:]{1,100}$/, { message: 'category must be 1-100 letters, digits or _ . :' })
  category?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 50;
}

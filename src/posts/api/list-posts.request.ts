import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReadCutRequest } from '../../http/read-cut.request.js';
import { FormatField, type Format } from '../../http/csv/format.field.js';
import { BOROUGHS, type Borough } from '../../shared/values.js';
import { POST_KINDS, type PostKind } from '../domain/post.events.js';

// Query values arrive as text. Only plain digits and true/false are converted; anything else is
// left as it came so that validation refuses it (Number('') would quietly be 0).
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

const STATUSES = ['established', 'disestablished', 'integrated'] as const;

export class ListPostsRequest extends ReadCutRequest {
  @ApiPropertyOptional({ enum: BOROUGHS })
  @IsOptional()
  @IsIn(BOROUGHS)
  borough?: Borough;

  @ApiPropertyOptional({ enum: POST_KINDS })
  @IsOptional()
  @IsIn(POST_KINDS)
  kind?: PostKind;

  @ApiPropertyOptional({ type: Boolean, description: 'true: open posts nobody holds; false: posts someone holds' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  vacant?: boolean;

  @ApiPropertyOptional({ enum: STATUSES, description: 'established = open; the others have ended' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize: number = 50;

  @FormatField()
  format?: Format;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsInstant } from '../../http/is-instant.validator.js';
import { FormatField, type Format } from '../../http/csv/format.field.js';

export const DEFAULT_EVENT_PAGE = 100;
export const MAX_EVENT_PAGE = 1000;

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/** Which events: the filters the event log and the export share. */
export class EventRangeRequest {
  @ApiPropertyOptional({ example: 'staff-6f1c2a9e-0d7b-4d8e-9a51-3c2f0b7e4a10' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  streamId?: string;

  @ApiPropertyOptional({ example: 'StaffDetailsChanged' })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9_.]{0,99}$/, { message: 'type must be an event type name such as StaffHired' })
  type?: string;

  @ApiPropertyOptional({ description: 'Username recorded as the actor', example: 'hr.amy' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;

  @ApiPropertyOptional({ description: 'Recorded at or after this instant', example: '2017-04-01T00:00:00Z' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Recorded before this instant (exclusive)', example: '2018-04-01T00:00:00Z' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class EventLogRequest extends EventRangeRequest {
  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,20}\.\d{1,20}$/, { message: 'after must be a cursor returned as next by a previous page' })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_EVENT_PAGE, default: DEFAULT_EVENT_PAGE })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_EVENT_PAGE)
  limit: number = DEFAULT_EVENT_PAGE;

  @FormatField()
  format?: Format;
}

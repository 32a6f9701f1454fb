import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FormatField, type Format } from '../../http/csv/format.field.js';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';
import { ReadCutRequest } from '../../http/read-cut.request.js';
import { PARTICIPANT_GROUPS, type ParticipantGroup } from '../domain/centre.values.js';
import { toInteger } from './centre-fields.js';

/** Query strings of the Centre's read endpoints: every one takes `asAt`, `knownAt` and `format`. */

const YearFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: 99, description: 'Programme year of the intake' }),
    IsOptional(),
    Transform(toInteger),
    IsInt(),
    Min(1),
    Max(99),
  );

export class ListRequest extends ReadCutRequest {
  @FormatField()
  format?: Format;
}

const COUNCIL_STATUSES = ['applied', 'selected', 'declined'] as const;

export class ListCouncilsRequest extends ListRequest {
  @ApiPropertyOptional({ enum: COUNCIL_STATUSES, description: 'applied = awaiting a decision' })
  @IsOptional()
  @IsIn(COUNCIL_STATUSES)
  status?: (typeof COUNCIL_STATUSES)[number];
}

const PARTICIPANT_STATUSES = ['registered', 'completed'] as const;

export class ListParticipantsRequest extends ListRequest {
  @YearFilter()
  intakeYear?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  councilId?: string;

  @ApiPropertyOptional({ enum: PARTICIPANT_GROUPS })
  @IsOptional()
  @IsIn(PARTICIPANT_GROUPS)
  group?: ParticipantGroup;

  @ApiPropertyOptional({ enum: PARTICIPANT_STATUSES })
  @IsOptional()
  @IsIn(PARTICIPANT_STATUSES)
  status?: (typeof PARTICIPANT_STATUSES)[number];

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize: number = 100;
}

export class ListInvoicesRequest extends ListRequest {
  @YearFilter()
  intakeYear?: number;
}

export class ListOnSiteSupportRequest extends ListRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'One member of staff' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day counted (inclusive)' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day counted (inclusive)' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @YearFilter()
  intakeYear?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  councilId?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsPositive, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsDecimal } from '../../http/is-decimal.validator.js';
import { BOROUGHS, type Borough } from '../../shared/values.js';
import { FUNDERS, POST_KINDS, type Funder, type PostKind } from '../domain/post.events.js';
import { DateField, ReasonField } from './post-fields.js';

export class EstablishPostRequest {
  @ApiProperty({ example: 'Family therapist', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ enum: POST_KINDS, example: 'clinician' })
  @IsIn(POST_KINDS)
  kind: PostKind;

  @ApiProperty({ enum: BOROUGHS, example: 'WCC' })
  @IsIn(BOROUGHS)
  borough: Borough;

  @ApiProperty({ example: 1, maximum: 1, multipleOf: 0.01, description: 'Whole-time equivalent, 0 < wte <= 1' })
  @IsDecimal(2)
  @IsPositive()
  @Max(1)
  wte: number;

  @ApiProperty({ enum: FUNDERS, example: 'dfe' })
  @IsIn(FUNDERS)
  fundedBy: Funder;

  @ApiProperty({ example: 6_000_000, description: 'Annual cost in pence (£60,000 = 6000000)' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  annualCostPence: number;

  @DateField({ example: '2016-04-01', description: 'First day of the post' })
  establishedOn: string;

  @ReasonField()
  reason?: string;
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsIn, IsOptional, IsPositive, IsString, Matches, Max, MaxLength } from 'class-validator';
import { IsDecimal } from '../../http/is-decimal.validator.js';
import { BOROUGHS, ROLES } from '../../shared/values.js';

/** Field rules shared by the staff request bodies, so that hire and change validate alike. */

interface FieldOptions {
  optional?: boolean;
  description?: string;
}

const documented = (options: FieldOptions, doc: ApiPropertyOptions) => {
  const merged = { ...doc, ...(options.description ? { description: options.description } : {}) };
  return options.optional ? [ApiPropertyOptional(merged), IsOptional()] : [ApiProperty(merged)];
};

export const BoroughField = (options: FieldOptions = {}) =>
  applyDecorators(...documented(options, { enum: BOROUGHS, example: 'RBKC' }), IsIn(BOROUGHS));

export const RoleField = (options: FieldOptions = {}) =>
  applyDecorators(...documented(options, { enum: ROLES, example: 'social-worker' }), IsIn(ROLES));

/** Whole-time equivalent: 0 < fte <= 1 with at most two decimals (stored as hundredths). */
export const FteField = (options: FieldOptions = {}) =>
  applyDecorators(
    ...documented(options, { example: 0.6, maximum: 1, multipleOf: 0.01, description: '0 < fte <= 1, two decimals' }),
    IsDecimal(2),
    IsPositive(),
    Max(1),
  );

/** Social Work England number; with `optional` the caller decides when it is required (ValidateIf). */
export const RegistrationNumberField = (options: FieldOptions = {}) =>
  applyDecorators(
    options.optional
      ? ApiPropertyOptional({ example: 'SW123456', description: options.description })
      : ApiProperty({ example: 'SW123456', description: 'Social Work England number: SW followed by digits' }),
    Matches(/^SW\d+$/, { message: 'registration number must be SW followed by digits' }),
  );

/** Why, recorded in the metadata of every event the command causes. */
export const ReasonField = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'Annual review', maxLength: 500 }),
    IsOptional(),
    IsString(),
    MaxLength(500),
  );

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '../../shared/values.js';

/** A real calendar date `YYYY-MM-DD` (so `2017-02-29` is refused), by the domain's own test. */
export const IsIsoDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a calendar date YYYY-MM-DD`,
      },
    },
    options,
  );

export const DateField = (options: { example: string; optional?: boolean; description?: string }) =>
  applyDecorators(
    options.optional
      ? ApiPropertyOptional({ example: options.example, format: 'date', description: options.description })
      : ApiProperty({ example: options.example, format: 'date', description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    IsIsoDate(),
  );

/** Why, recorded in the metadata of every event the command causes. */
export const ReasonField = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'Agreed at supervision', maxLength: 500 }),
    IsOptional(),
    IsString(),
    MaxLength(500),
  );

/**
 * Query values arrive as text. Only plain digits are converted; anything else is left as it came
 * so that validation refuses it (Number('') would quietly be 0).
 */
export const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

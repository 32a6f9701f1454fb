import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { isIsoDate } from '../../shared/values.js';

/** A real calendar date `YYYY-MM-DD` (so `2017-02-29` is refused), by the domain's own test. */
export const DateField = (options: { example: string; description?: string }) =>
  applyDecorators(
    ApiProperty({ example: options.example, format: 'date', description: options.description }),
    ValidateBy({
      name: 'isIsoDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a calendar date YYYY-MM-DD`,
      },
    }),
  );

/** Why, recorded in the metadata of every event the command causes. */
export const ReasonField = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'Agreed at the establishment review', maxLength: 500 }),
    IsOptional(),
    IsString(),
    MaxLength(500),
  );

import { applyDecorators, Param, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';
import { DomainError } from '../../shared/domain-error.js';

export const DateField = (options: { example: string; description?: string }) =>
  applyDecorators(
    ApiProperty({ example: options.example, format: 'date', description: options.description }),
    IsIsoDate(),
  );

/** Why, recorded in the metadata of every event the command causes. */
export const ReasonField = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'Agreed at the Centre board', maxLength: 500 }),
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

/** A programme year in a path: 1 to 99, digits only. */
const intakeYear: PipeTransform<string, number> = {
  transform: (value) => {
    if (!/^[1-9]\d?$/.test(value)) {
      throw new DomainError('CENTRE.INVALID_YEAR', 'An intake is named by its programme year, 1 to 99', 'invalid');
    }
    return Number(value);
  },
};
export const IntakeYear = () => Param('year', intakeYear);

// Lower-cased: PostgreSQL prints uuids in lower case, and stream ids must match the views' keys.
const lowerCase: PipeTransform<string, string> = { transform: (id) => id.toLowerCase() };
const uuid = (what: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new DomainError('CENTRE.INVALID_ID', `A ${what} id is a UUID`, 'invalid'),
  });
export const CouncilId = () => Param('councilId', uuid('council'), lowerCase);
export const ParticipantId = () => Param('id', uuid('participant'), lowerCase);

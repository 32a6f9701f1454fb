import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';

/** Field rules shared by the caseload request bodies. */

export const DateField = (description: string, example = '2017-10-02') =>
  applyDecorators(ApiProperty({ example, format: 'date', description }), IsIsoDate());

/** Every caseload change says why: it is kept in the event's metadata and shown in the history. */
export const ReasonField = (example: string) =>
  applyDecorators(ApiProperty({ example, maxLength: 500 }), IsString(), IsNotEmpty(), MaxLength(500));

/** Whole cases, at most 1000 in one record (a sanity bound); `minimum` when the body needs one. */
export const CountField = (description: string, minimum?: number) =>
  applyDecorators(
    ApiProperty({ example: 3, description, maximum: 1000, ...(minimum === undefined ? {} : { minimum }) }),
    IsInt(),
    Max(1000),
    ...(minimum === undefined ? [] : [Min(minimum)]),
  );

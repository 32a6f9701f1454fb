import { ApiProperty } from '@nestjs/swagger';
import { hundredthsToFte } from '../../shared/values.js';
import {
  FULL_TIME_HUNDREDTHS_PER_WEEK,
  type OnSiteSupportEffect,
  type OnSiteSupportTotal,
} from '../domain/on-site-support-effect.js';
import type { OnSiteSupportWeek } from '../read-model/caseload-queries.js';

/** The week whose on-site support the caseload views set against capacity (ADR 0051). */
export class OnSiteSupportWeekResponse {
  @ApiProperty({ format: 'date', description: 'Monday of the week of the cut’s day' }) from: string;
  @ApiProperty({ format: 'date', description: 'Its Sunday (inclusive)' }) to: string;
  @ApiProperty({ example: 37.5, description: 'The full-time week the hours are a share of' })
  fullTimeHoursPerWeek: number;
}

export const toSupportWeekResponse = (week: OnSiteSupportWeek): OnSiteSupportWeekResponse => ({
  from: week.from,
  to: week.to,
  fullTimeHoursPerWeek: FULL_TIME_HUNDREDTHS_PER_WEEK / 100,
});

export class OnSiteSupportEffectResponse {
  @ApiProperty({ description: 'Days of on-site support given to Centre councils that week' }) days: number;
  @ApiProperty({ example: 7.5 }) hours: number;
  @ApiProperty({ example: 750 }) hoursHundredths: number;
  @ApiProperty({ example: 0.2, description: 'Capacity taken: the hours as a share of a full-time week, rounded up' })
  fte: number;
  @ApiProperty({ example: 20 }) fteHundredths: number;
  @ApiProperty({ example: 0.8, description: 'FTE less that, never below nil' }) availableFte: number;
  @ApiProperty({ example: 80 }) availableFteHundredths: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The cap in proportion to the FTE left, rounded down' })
  availableCap: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'availableCap - open cases: negative when over' })
  availableHeadroom: number | null;
}

export const toEffectResponse = (e: OnSiteSupportEffect): OnSiteSupportEffectResponse => ({
  days: e.days,
  hours: e.hoursHundredths / 100,
  hoursHundredths: e.hoursHundredths,
  fte: hundredthsToFte(e.fteHundredths),
  fteHundredths: e.fteHundredths,
  availableFte: hundredthsToFte(e.availableFteHundredths),
  availableFteHundredths: e.availableFteHundredths,
  availableCap: e.availableCap,
  availableHeadroom: e.availableHeadroom,
});

export class OnSiteSupportTotalResponse {
  @ApiProperty({ description: 'People with a cap who gave on-site support that week' }) people: number;
  @ApiProperty() days: number;
  @ApiProperty() hours: number;
  @ApiProperty() hoursHundredths: number;
  @ApiProperty({ description: 'Capacity taken, the sum of each one’s share of a full-time week' }) fte: number;
  @ApiProperty() fteHundredths: number;
  @ApiProperty() availableFte: number;
  @ApiProperty() availableFteHundredths: number;
  @ApiProperty({ description: 'Sum of the caps left' }) availableCap: number;
  @ApiProperty({ description: 'Free places left: the sum of each one’s positive available headroom' })
  availableHeadroom: number;
}

export const toTotalResponse = (t: OnSiteSupportTotal): OnSiteSupportTotalResponse => ({
  people: t.people,
  ...toEffectResponse(t),
  availableCap: t.availableCap,
  availableHeadroom: t.availableHeadroom,
});

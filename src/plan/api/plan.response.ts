import { ApiProperty } from '@nestjs/swagger';
import type { PlanFunding } from '../application/get-funding.handler.js';
import type { PlanWithHistory } from '../application/get-plan.handler.js';
import type { PlanRevisionView } from '../read-model/plan-view.js';

export class PlanRevisionResponse {
  @ApiProperty() revision: number;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ example: 'system' }) actor: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ description: 'The revision in force' }) effective: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) supersededAt: string | null;
}

export class PlanResponse {
  @ApiProperty({ description: 'The revision in force' }) revision: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() actor: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The whole plan document' })
  document: Record<string, unknown>;
  @ApiProperty({ type: PlanRevisionResponse, isArray: true, description: 'Every revision, oldest first' })
  history: PlanRevisionResponse[];
}

export const toPlanResponse = ({ current, history }: PlanWithHistory): PlanResponse => ({
  revision: current.revision,
  name: current.document.name,
  reason: current.reason,
  actor: current.actor,
  recordedAt: current.recordedAt,
  document: current.document,
  history: history.map((h: PlanRevisionView) => ({ ...h })),
});

export class FundingYearResponse {
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date', description: 'Last day of the year (inclusive)' }) endsOn: string;
  @ApiProperty({ description: 'Sum of every line, pence' }) totalPence: number;
  @ApiProperty({ description: 'Sum of the clinical-team lines, pence' }) clinicalTeamPence: number;
}

export class FundingLineResponse {
  @ApiProperty() name: string;
  @ApiProperty() clinicalTeam: boolean;
  @ApiProperty({ required: false }) note?: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { '1': 102000000, '2': 102000000 },
    description: 'Pence by programme year number',
  })
  amountsPence: Record<string, number>;
}

export class StatedTotalResponse {
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  @ApiProperty() statedPence: number;
  @ApiProperty({ description: 'Sum of the lines the total covers' }) computedPence: number;
  @ApiProperty({ description: 'stated - computed: negative when the stated figure is short of its lines' })
  differencePence: number;
}

export class FundingResponse {
  @ApiProperty() revision: number;
  @ApiProperty({ type: FundingYearResponse, isArray: true }) years: FundingYearResponse[];
  @ApiProperty({ type: FundingLineResponse, isArray: true }) lines: FundingLineResponse[];
  @ApiProperty({ type: StatedTotalResponse, isArray: true }) statedTotals: StatedTotalResponse[];
}

export const toFundingResponse = (funding: PlanFunding): FundingResponse => ({
  revision: funding.revision,
  years: funding.years.map((y) => {
    const { startsOn, endsOn } = funding.calendar.find((c) => c.year === y.year)!;
    return { year: y.year, startsOn, endsOn, totalPence: y.totalPence, clinicalTeamPence: y.clinicalTeamPence };
  }),
  lines: funding.lines.map((line) => ({
    name: line.name,
    clinicalTeam: line.clinicalTeam,
    ...(line.note ? { note: line.note } : {}),
    amountsPence: line.amountsPence,
  })),
  statedTotals: funding.statedTotals,
});

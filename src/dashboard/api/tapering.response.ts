import { ApiProperty } from '@nestjs/swagger';
import { BOROUGHS } from '../../shared/values.js';

/** Swagger shapes of `TaperingDashboard` (src/dashboard/domain/tapering.ts), which is returned as is. */

class PlannedResponse {
  @ApiProperty() separateClinicalWteHundredths: number;
  @ApiProperty() integratedWteHundredths: number;
  @ApiProperty() clinicalTeamFundingPence: number;
}

class DualQualifiedResponse {
  @ApiProperty() headcount: number;
  @ApiProperty({ description: 'Sum of their FTE, hundredths' }) wteHundredths: number;
}

class CostByFunderResponse {
  @ApiProperty() dfe: number;
  @ApiProperty() council: number;
}

class ActualResponse {
  @ApiProperty({ format: 'date', description: 'Year end for an ended year, today for the current one' })
  measuredOn: string;
  @ApiProperty({ description: 'Clinician and Head of Clinical Practice posts existing that day' })
  separateClinicalWteHundredths: number;
  @ApiProperty({ description: 'Clinician work carried inside social work posts that day' })
  integratedWteHundredths: number;
  @ApiProperty({ type: DualQualifiedResponse }) dualQualified: DualQualifiedResponse;
  @ApiProperty({ description: 'WTE of social work posts held by dual-qualified staff that day' })
  coverableWteHundredths: number;
  @ApiProperty({ description: 'Clinical posts pro rata to the days each existed in the year, up to measuredOn' })
  clinicalTeamCostPence: number;
  @ApiProperty({ type: CostByFunderResponse }) clinicalTeamCostByFunderPence: CostByFunderResponse;
}

class CompletionRateResponse {
  @ApiProperty({ description: 'Level 3/4 enrolments ended as completed' }) completed: number;
  @ApiProperty({ description: 'Level 3/4 enrolments ended as completed, failed or withdrawn' }) ended: number;
  @ApiProperty({ nullable: true, type: Number, description: 'completed / ended, four decimals' }) rate: number | null;
}

class ForecastResponse {
  @ApiProperty({ description: 'Dual qualified today' }) currentHeadcount: number;
  @ApiProperty({ description: 'Registered social workers in a level 3/4 place due to finish the MSc by year end' })
  inTrainingFinishingByYearEnd: number;
  @ApiProperty({ type: CompletionRateResponse }) completionRate: CompletionRateResponse;
  @ApiProperty({ nullable: true, type: Number, description: 'current + finishing x rate, two decimals' })
  expectedHeadcount: number | null;
}

class GapResponse {
  @ApiProperty({ description: 'planned integrated - coverable WTE, hundredths; positive means short' })
  wteHundredths: number;
}

class TaperingYearResponse {
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ enum: ['ended', 'current', 'future'] }) status: string;
  @ApiProperty({ type: PlannedResponse, nullable: true }) planned: PlannedResponse | null;
  @ApiProperty({ type: ActualResponse, nullable: true, description: 'Null for a year not yet started' })
  actual: ActualResponse | null;
  @ApiProperty({ type: ForecastResponse, nullable: true, description: 'Null for an ended year' })
  forecast: ForecastResponse | null;
  @ApiProperty({ type: GapResponse, nullable: true }) gap: GapResponse | null;
}

class ApportionmentResponse {
  @ApiProperty({ format: 'date' }) basisOn: string;
  @ApiProperty() boroughWteHundredths: number;
  @ApiProperty() totalWteHundredths: number;
}

export class TaperingResponse {
  @ApiProperty({ enum: [...BOROUGHS, 'all'] }) scope: string;
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty() planRevision: number;
  @ApiProperty({
    type: ApportionmentResponse,
    nullable: true,
    description: "A borough's planned figures are the plan's times its share of the separate clinical team on basisOn",
  })
  apportionment: ApportionmentResponse | null;
  @ApiProperty({ type: TaperingYearResponse, isArray: true }) years: TaperingYearResponse[];
}

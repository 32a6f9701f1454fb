import { ApiProperty } from '@nestjs/swagger';
import { BOROUGHS, type Borough } from '../../shared/values.js';
import type { IntegrationStep } from '../domain/integration-step.js';
import type { CaseloadCandidates } from '../read-model/caseload-queries.js';
import { CaseloadResponse, toCaseloadResponse } from './caseload.response.js';
import { OnSiteSupportWeekResponse, toSupportWeekResponse } from './on-site-support.response.js';

export class IntegrationStepResponse {
  @ApiProperty({ description: 'The programme year of the next rise in planned integrated WTE' }) year: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ description: 'Planned integrated WTE that year, hundredths' }) integratedWteHundredths: number;
  @ApiProperty({ description: 'The year before, hundredths' }) fromWteHundredths: number;
  @ApiProperty({ description: 'The rise, hundredths' }) riseWteHundredths: number;
}

export class CandidateResponse extends CaseloadResponse {
  @ApiProperty({ type: Number, nullable: true, description: 'The clinician consultation allowance pro rata to FTE' })
  consultationHoursPerWeek: number | null;
}

export class CandidateTotalResponse {
  @ApiProperty() people: number;
  @ApiProperty() fteHundredths: number;
  @ApiProperty() headroom: number;
}

export class CaseloadCandidatesResponse {
  @ApiProperty({ enum: [...BOROUGHS, 'all'] }) scope: Borough | 'all';
  @ApiProperty({
    format: 'date',
    description: 'The day the step is planned from: asAt, else the day of knownAt, else today',
  })
  today: string;
  @ApiProperty({ type: Number, nullable: true }) planRevision: number | null;
  @ApiProperty({ type: IntegrationStepResponse, nullable: true, description: 'Null when no later year plans a rise' })
  step: IntegrationStep | null;
  @ApiProperty({ type: Number, nullable: true }) clinicianConsultationHoursPerWeek: number | null;
  @ApiProperty({ type: OnSiteSupportWeekResponse }) onSiteSupportWeek: OnSiteSupportWeekResponse;
  @ApiProperty({ type: CandidateResponse, isArray: true, description: 'Most headroom first, then larger FTE' })
  candidates: CandidateResponse[];
  @ApiProperty({ type: CandidateTotalResponse }) total: CandidateTotalResponse;
}

export const toCandidatesResponse = (c: CaseloadCandidates): CaseloadCandidatesResponse => ({
  scope: c.scope,
  today: c.today,
  planRevision: c.planRevision,
  step: c.step && { ...c.step },
  clinicianConsultationHoursPerWeek: c.clinicianConsultationHoursPerWeek,
  onSiteSupportWeek: toSupportWeekResponse(c.onSiteSupportWeek),
  candidates: c.candidates.map((candidate) => ({
    ...toCaseloadResponse(candidate),
    consultationHoursPerWeek:
      candidate.consultationHundredthsPerWeek === null ? null : candidate.consultationHundredthsPerWeek / 100,
  })),
  total: { ...c.total },
});

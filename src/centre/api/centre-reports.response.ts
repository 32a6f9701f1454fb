import { ApiProperty } from '@nestjs/swagger';
import { StatedTotalResponse } from '../../plan/api/plan.response.js';
import type { CentreFinancesAt } from '../application/get-centre-finances.handler.js';
import type { IntakeList } from '../application/list-intakes.handler.js';
import type { InvoiceView } from '../read-model/finance-queries.js';
import type { OnSiteSupportList } from '../read-model/on-site-support-queries.js';
import { hoursOf, PlacesResponse } from './centre.response.js';

export class IntakeResponse {
  @ApiProperty({ description: 'Programme year in which the intake starts' }) year: number;
  @ApiProperty({ format: 'date' }) selectionClosesOn: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty() councilsPlanned: number;
  @ApiProperty({ type: PlacesResponse }) placesPerCouncil: PlacesResponse;
  @ApiProperty({ description: 'councils x places per council' }) placesPlanned: number;
  @ApiProperty() feePencePerParticipant: number;
  @ApiProperty({ description: 'placesPlanned x fee' }) plannedIncomePence: number;
  @ApiProperty({ description: 'Awaiting a decision' }) councilsApplied: number;
  @ApiProperty() councilsSelected: number;
  @ApiProperty() councilsDeclined: number;
  @ApiProperty({ type: PlacesResponse, description: 'Participants registered, by group' }) participants: PlacesResponse;
  @ApiProperty() participantsTotal: number;
  @ApiProperty() completed: number;
  @ApiProperty({ description: "Registered participants' fees, pence" }) invoicedPence: number;
  @ApiProperty({ description: 'councils x on-site days per council' }) onSiteDaysPlanned: number;
  @ApiProperty() onSiteDaysGiven: number;
  @ApiProperty({ example: 37.5 }) onSiteHours: number;
}

export class IntakeListResponse {
  @ApiProperty() planRevision: number;
  @ApiProperty({ nullable: true, type: Number }) classroomDaysPerParticipant: number | null;
  @ApiProperty({ nullable: true, type: Number }) embeddedDaysPerParticipant: number | null;
  @ApiProperty({ nullable: true, type: Number }) onSiteDaysPerCouncil: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 7.5 }) onSiteHoursPerDay: number | null;
  @ApiProperty({ type: IntakeResponse, isArray: true }) items: IntakeResponse[];
}

export const toIntakeListResponse = ({ planRevision, centre, items }: IntakeList): IntakeListResponse => ({
  planRevision,
  classroomDaysPerParticipant: centre?.classroomDaysPerParticipant ?? null,
  embeddedDaysPerParticipant: centre?.embeddedDaysPerParticipant ?? null,
  onSiteDaysPerCouncil: centre?.onSiteDaysPerCouncil ?? null,
  onSiteHoursPerDay: centre ? hoursOf(centre.onSiteHoursPerDayHundredths) : null,
  items: items.map(({ onSiteHoursHundredths, ...intake }) => ({
    ...intake,
    onSiteHours: hoursOf(onSiteHoursHundredths),
  })),
});

export class InvoiceResponse {
  @ApiProperty() intakeYear: number;
  @ApiProperty({ format: 'uuid' }) councilId: string;
  @ApiProperty({ nullable: true, type: String }) councilName: string | null;
  @ApiProperty() participants: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'null when participants were registered at different fees',
  })
  feePencePerParticipant: number | null;
  @ApiProperty() amountPence: number;
  @ApiProperty({ format: 'date', description: "The intake's first day" }) dueOn: string;
}

export class InvoiceListResponse {
  @ApiProperty({ type: InvoiceResponse, isArray: true }) items: InvoiceResponse[];
  @ApiProperty({ description: 'Sum of the invoices listed, pence' }) totalPence: number;
}

export const toInvoiceListResponse = (items: InvoiceView[]): InvoiceListResponse => ({
  items,
  totalPence: items.reduce((sum, i) => sum + i.amountPence, 0),
});

export class CentreYearResponse {
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Sum of the cost lines, pence' }) costPence: number;
  @ApiProperty() feePencePerParticipant: number;
  @ApiProperty() plannedParticipants: number;
  @ApiProperty({ description: 'plannedParticipants x fee' }) plannedIncomePence: number;
  @ApiProperty({ nullable: true, type: Number, description: "The plan's income line" }) statedIncomePence:
    number | null;
  @ApiProperty() invoicedParticipants: number;
  @ApiProperty({ description: "Fees of the participants registered in this year's intake" })
  invoicedIncomePence: number;
  @ApiProperty({ nullable: true, type: Number, description: 'invoiced - stated' })
  invoicedAgainstStatedPence: number | null;
  @ApiProperty({ description: 'cost - planned income' }) plannedFundingRequiredPence: number;
  @ApiProperty({ nullable: true, type: Number }) statedFundingRequiredPence: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'stated - planned' }) fundingRequiredDifferencePence:
    number | null;
  @ApiProperty({ description: 'cost - invoiced income' }) fundingStillNeededPence: number;
}

export class CostLineResponse {
  @ApiProperty() name: string;
  @ApiProperty({ required: false }) note?: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Pence by programme year' })
  amountsPence: Record<string, number>;
}

export class CentreFinancesResponse {
  @ApiProperty() planRevision: number;
  @ApiProperty({ type: CentreYearResponse, isArray: true }) years: CentreYearResponse[];
  @ApiProperty({ type: CostLineResponse, isArray: true }) costLines: CostLineResponse[];
  @ApiProperty({ type: StatedTotalResponse, isArray: true, description: 'Stated totals checked against the lines' })
  statedTotals: StatedTotalResponse[];
}

export const toCentreFinancesResponse = (f: CentreFinancesAt): CentreFinancesResponse => ({ ...f });

export class OnSiteSupportDayResponse {
  @ApiProperty() intakeYear: number;
  @ApiProperty({ format: 'uuid' }) councilId: string;
  @ApiProperty({ nullable: true, type: String }) councilName: string | null;
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ example: 7.5 }) hours: number;
  @ApiProperty({ example: 750 }) hoursHundredths: number;
}

export class OnSiteSupportListResponse {
  @ApiProperty({ type: OnSiteSupportDayResponse, isArray: true }) items: OnSiteSupportDayResponse[];
  @ApiProperty() days: number;
  @ApiProperty({ example: 37.5 }) hours: number;
  @ApiProperty({ example: 3750 }) hoursHundredths: number;
}

export const toOnSiteSupportListResponse = (list: OnSiteSupportList): OnSiteSupportListResponse => ({
  items: list.items.map((d) => ({
    intakeYear: d.intakeYear,
    councilId: d.councilId,
    councilName: d.councilName,
    staffId: d.staffId,
    on: d.givenOn,
    hours: hoursOf(d.hoursHundredths),
    hoursHundredths: d.hoursHundredths,
  })),
  days: list.days,
  hours: hoursOf(list.hoursHundredths),
  hoursHundredths: list.hoursHundredths,
});

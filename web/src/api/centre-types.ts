type Places = Record<'practitioner' | 'frontline-manager' | 'practice-leader', number>;

export const GROUP_NAMES: Record<keyof Places, string> = {
  practitioner: 'Practitioners',
  'frontline-manager': 'Frontline managers',
  'practice-leader': 'Practice leaders',
};

export interface Intake {
  year: number;
  selectionClosesOn: string;
  startsOn: string;
  councilsPlanned: number;
  placesPlanned: number;
  feePencePerParticipant: number;
  plannedIncomePence: number;
  councilsApplied: number;
  councilsSelected: number;
  councilsDeclined: number;
  participants: Places;
  participantsTotal: number;
  completed: number;
  invoicedPence: number;
  onSiteDaysPlanned: number;
  onSiteDaysGiven: number;
  onSiteHours: number;
}

export interface IntakeList {
  planRevision: number;
  items: Intake[];
}

export interface Council {
  id: string;
  intakeYear: number;
  name: string;
  ofstedRating: string;
  status: 'applied' | 'selected' | 'declined';
  appliedOn: string;
  decidedOn: string | null;
  decisionReason: string | null;
  participants: Places;
  participantsTotal: number;
  completed: number;
  feesPence: number;
  onSiteDays: number;
  onSiteHours: number;
}

export interface Invoice {
  intakeYear: number;
  councilId: string;
  councilName: string | null;
  participants: number;
  feePencePerParticipant: number | null;
  amountPence: number;
  dueOn: string;
}

export interface CentreYear {
  year: number;
  costPence: number;
  plannedIncomePence: number;
  statedIncomePence: number | null;
  invoicedIncomePence: number;
  invoicedAgainstStatedPence: number | null;
  plannedFundingRequiredPence: number;
  statedFundingRequiredPence: number | null;
  fundingRequiredDifferencePence: number | null;
  fundingStillNeededPence: number;
}

export interface CentreFinances {
  planRevision: number;
  years: CentreYear[];
  statedTotals: { name: string; year: number; statedPence: number; computedPence: number; differencePence: number }[];
}

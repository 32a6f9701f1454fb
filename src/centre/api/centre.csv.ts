import { columns, csvShape, pageHeaders } from '../../http/csv/csv-shape.js';
import type {
  CentreFinancesResponse,
  IntakeListResponse,
  IntakeResponse,
  InvoiceListResponse,
  InvoiceResponse,
  OnSiteSupportDayResponse,
  OnSiteSupportListResponse,
} from './centre-reports.response.js';
import type {
  CouncilListResponse,
  CouncilResponse,
  ParticipantPageResponse,
  ParticipantResponse,
} from './centre.response.js';

/** The Centre's lists as CSV (docs/exports.md): one shape per endpoint, columns only ever added at the end. */

export const INTAKES_CSV = csvShape<IntakeListResponse, IntakeResponse & { planRevision: number }>({
  file: 'centre-intakes',
  rows: (list) => list.items.map((i) => ({ ...i, planRevision: list.planRevision })),
  columns: columns<IntakeResponse & { planRevision: number }>(
    ['plan_revision', (i) => i.planRevision],
    ['year', (i) => i.year],
    ['selection_closes_on', (i) => i.selectionClosesOn],
    ['starts_on', (i) => i.startsOn],
    ['councils_planned', (i) => i.councilsPlanned],
    ['places_planned', (i) => i.placesPlanned],
    ['fee_pence_per_participant', (i) => i.feePencePerParticipant],
    ['planned_income_pence', (i) => i.plannedIncomePence],
    ['councils_applied', (i) => i.councilsApplied],
    ['councils_selected', (i) => i.councilsSelected],
    ['councils_declined', (i) => i.councilsDeclined],
    ['practitioners', (i) => i.participants.practitioner],
    ['frontline_managers', (i) => i.participants['frontline-manager']],
    ['practice_leaders', (i) => i.participants['practice-leader']],
    ['participants', (i) => i.participantsTotal],
    ['completed', (i) => i.completed],
    ['invoiced_pence', (i) => i.invoicedPence],
    ['on_site_days_planned', (i) => i.onSiteDaysPlanned],
    ['on_site_days_given', (i) => i.onSiteDaysGiven],
    ['on_site_hours', (i) => i.onSiteHours],
  ),
});

export const COUNCILS_CSV = csvShape<CouncilListResponse, CouncilResponse>({
  file: 'centre-councils',
  rows: (list) => list.items,
  columns: columns<CouncilResponse>(
    ['council_id', (c) => c.id],
    ['intake_year', (c) => c.intakeYear],
    ['name', (c) => c.name],
    ['ofsted_rating', (c) => c.ofstedRating],
    ['leadership_notes', (c) => c.leadershipNotes],
    ['status', (c) => c.status],
    ['applied_on', (c) => c.appliedOn],
    ['decided_on', (c) => c.decidedOn],
    ['decision_reason', (c) => c.decisionReason],
    ['practitioners', (c) => c.participants.practitioner],
    ['frontline_managers', (c) => c.participants['frontline-manager']],
    ['practice_leaders', (c) => c.participants['practice-leader']],
    ['participants', (c) => c.participantsTotal],
    ['completed', (c) => c.completed],
    ['fees_pence', (c) => c.feesPence],
    ['on_site_days', (c) => c.onSiteDays],
    ['on_site_hours', (c) => c.onSiteHours],
  ),
});

export const PARTICIPANTS_CSV = csvShape<ParticipantPageResponse, ParticipantResponse>({
  file: 'centre-participants',
  rows: (page) => page.items,
  headers: pageHeaders,
  columns: columns<ParticipantResponse>(
    ['participant_id', (p) => p.id],
    ['intake_year', (p) => p.intakeYear],
    ['council_id', (p) => p.councilId],
    ['council_name', (p) => p.councilName],
    ['group', (p) => p.group],
    ['name', (p) => p.name],
    ['status', (p) => p.status],
    ['registered_on', (p) => p.registeredOn],
    ['completed_on', (p) => p.completedOn],
    ['fee_pence', (p) => p.feePence],
    ['classroom_days', (p) => p.classroomDays],
    ['embedded_days', (p) => p.embeddedDays],
    ['on_site_days', (p) => p.onSiteDays],
    ['version', (p) => p.version],
  ),
});

export const INVOICES_CSV = csvShape<InvoiceListResponse, InvoiceResponse>({
  file: 'centre-invoices',
  rows: (list) => list.items,
  columns: columns<InvoiceResponse>(
    ['intake_year', (i) => i.intakeYear],
    ['council_id', (i) => i.councilId],
    ['council_name', (i) => i.councilName],
    ['participants', (i) => i.participants],
    ['fee_pence_per_participant', (i) => i.feePencePerParticipant],
    ['amount_pence', (i) => i.amountPence],
    ['due_on', (i) => i.dueOn],
  ),
});

type Year = CentreFinancesResponse['years'][number];
interface FinanceRow {
  planRevision: number;
  rowType: 'year' | 'cost-line' | 'stated-total';
  name: string;
  year: number;
  amountPence: number;
  statedPence?: number;
  differencePence?: number;
  figures?: Year;
}

/** Long form, so the headers stay the same whatever the years and lines: see docs/exports.md. */
export const FINANCES_CSV = csvShape<CentreFinancesResponse, FinanceRow>({
  file: 'centre-finances',
  rows: (f) => [
    ...f.years.map((y) => ({
      planRevision: f.planRevision,
      rowType: 'year' as const,
      name: 'Total of every cost line',
      year: y.year,
      amountPence: y.costPence,
      figures: y,
    })),
    ...f.costLines.flatMap((line) =>
      f.years.map((y) => ({
        planRevision: f.planRevision,
        rowType: 'cost-line' as const,
        name: line.name,
        year: y.year,
        amountPence: line.amountsPence[String(y.year)] ?? 0,
      })),
    ),
    ...f.statedTotals.map((t) => ({
      planRevision: f.planRevision,
      rowType: 'stated-total' as const,
      name: t.name,
      year: t.year,
      amountPence: t.computedPence,
      statedPence: t.statedPence,
      differencePence: t.differencePence,
    })),
  ],
  columns: columns<FinanceRow>(
    ['plan_revision', (r) => r.planRevision],
    ['row_type', (r) => r.rowType],
    ['name', (r) => r.name],
    ['year', (r) => r.year],
    ['amount_pence', (r) => r.amountPence],
    ['stated_pence', (r) => r.statedPence],
    ['difference_pence', (r) => r.differencePence],
    ['fee_pence_per_participant', (r) => r.figures?.feePencePerParticipant],
    ['planned_participants', (r) => r.figures?.plannedParticipants],
    ['planned_income_pence', (r) => r.figures?.plannedIncomePence],
    ['stated_income_pence', (r) => r.figures?.statedIncomePence],
    ['invoiced_participants', (r) => r.figures?.invoicedParticipants],
    ['invoiced_income_pence', (r) => r.figures?.invoicedIncomePence],
    ['invoiced_against_stated_pence', (r) => r.figures?.invoicedAgainstStatedPence],
    ['planned_funding_required_pence', (r) => r.figures?.plannedFundingRequiredPence],
    ['stated_funding_required_pence', (r) => r.figures?.statedFundingRequiredPence],
    ['funding_required_difference_pence', (r) => r.figures?.fundingRequiredDifferencePence],
    ['funding_still_needed_pence', (r) => r.figures?.fundingStillNeededPence],
  ),
});

export const ON_SITE_SUPPORT_CSV = csvShape<OnSiteSupportListResponse, OnSiteSupportDayResponse>({
  file: 'centre-on-site-support',
  rows: (list) => list.items,
  headers: (list) => ({ 'X-Total-Days': list.days, 'X-Total-Hours': list.hours }),
  columns: columns<OnSiteSupportDayResponse>(
    ['on', (d) => d.on],
    ['staff_id', (d) => d.staffId],
    ['intake_year', (d) => d.intakeYear],
    ['council_id', (d) => d.councilId],
    ['council_name', (d) => d.councilName],
    ['hours', (d) => d.hours],
  ),
});

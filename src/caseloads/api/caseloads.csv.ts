import { columns, csvShape } from '../../http/csv/csv-shape.js';
import type { CapacityFiguresResponse, CaseloadCapacityResponse } from './caseload-capacity.response.js';
import type { CandidateResponse, CaseloadCandidatesResponse } from './caseload-candidates.response.js';
import type { CaseloadHistoryEntryResponse, CaseloadHistoryResponse } from './caseload-history.response.js';
import type { CaseloadListResponse, CaseloadResponse } from './caseload.response.js';
import type { OnSiteSupportWeekResponse } from './on-site-support.response.js';

const LINE = columns<CaseloadResponse>(
  ['staff_id', (c) => c.staffId],
  ['borough', (c) => c.borough],
  ['role', (c) => c.role],
  ['fte', (c) => c.fte],
  ['dual_qualified', (c) => c.dualQualified],
  ['social_work_registered', (c) => c.socialWorkRegistered],
  ['open_cases', (c) => c.openCases],
  ['counted_on', (c) => c.countedOn],
  ['cap', (c) => c.cap],
  ['cap_source', (c) => c.capSource],
  ['headroom', (c) => c.headroom],
  ['over_cap', (c) => c.overCap],
  ['on_site_days', (c) => c.onSiteSupport.days],
  ['on_site_hours', (c) => c.onSiteSupport.hours],
  ['on_site_fte', (c) => c.onSiteSupport.fte],
  ['available_fte', (c) => c.onSiteSupport.availableFte],
  ['available_cap', (c) => c.onSiteSupport.availableCap],
  ['available_headroom', (c) => c.onSiteSupport.availableHeadroom],
);

/** The week the on-site columns count, on every row. */
const weekColumns = <R extends { week: OnSiteSupportWeekResponse }>() =>
  columns<R>(['on_site_week_from', (r) => r.week.from], ['on_site_week_to', (r) => r.week.to]);

type ListRow = CaseloadResponse & { planRevision: number | null; week: OnSiteSupportWeekResponse };

/** GET /api/caseloads as CSV: one row per person, in the answer's order. */
export const CASELOADS_CSV = csvShape<CaseloadListResponse, ListRow>({
  file: 'caseloads',
  rows: (list) =>
    list.items.map((item) => ({ ...item, planRevision: list.planRevision, week: list.onSiteSupportWeek })),
  columns: [...LINE, { header: 'plan_revision', value: (r) => r.planRevision }, ...weekColumns<ListRow>()],
});

type CapacityRow = CapacityFiguresResponse & { borough: string; role: string; answer: CaseloadCapacityResponse };

/** GET /api/caseloads/capacity as CSV: one row per borough and role, then `total`. */
export const CAPACITY_CSV = csvShape<CaseloadCapacityResponse, CapacityRow>({
  file: 'caseload-capacity',
  rows: (answer) => [
    ...answer.groups.map((g) => ({ ...g, answer })),
    { ...answer.total, borough: 'total', role: 'total', answer },
  ],
  columns: columns<CapacityRow>(
    ['scope', (r) => r.answer.scope],
    ['plan_revision', (r) => r.answer.planRevision],
    ['borough', (r) => r.borough],
    ['role', (r) => r.role],
    ['people', (r) => r.people],
    ['fte_hundredths', (r) => r.fteHundredths],
    ['cap', (r) => r.cap],
    ['open_cases', (r) => r.openCases],
    ['headroom', (r) => r.headroom],
    ['over_cap_people', (r) => r.overCap.people],
    ['over_cap_cases', (r) => r.overCap.cases],
    ['dual_qualified_people', (r) => r.dualQualified.people],
    ['dual_qualified_headroom', (r) => r.dualQualified.headroom],
    ['on_site_week_from', (r) => r.answer.onSiteSupportWeek.from],
    ['on_site_week_to', (r) => r.answer.onSiteSupportWeek.to],
    ['on_site_people', (r) => r.onSiteSupport.people],
    ['on_site_days', (r) => r.onSiteSupport.days],
    ['on_site_hours', (r) => r.onSiteSupport.hours],
    ['on_site_fte_hundredths', (r) => r.onSiteSupport.fteHundredths],
    ['available_fte_hundredths', (r) => r.onSiteSupport.availableFteHundredths],
    ['available_cap', (r) => r.onSiteSupport.availableCap],
    ['available_headroom', (r) => r.onSiteSupport.availableHeadroom],
  ),
});

type CandidateRow = CandidateResponse & { answer: CaseloadCandidatesResponse; week: OnSiteSupportWeekResponse };

/** GET /api/caseloads/candidates as CSV: one row per candidate, each with the step planned for. */
export const CANDIDATES_CSV = csvShape<CaseloadCandidatesResponse, CandidateRow>({
  file: 'caseload-candidates',
  rows: (answer) => answer.candidates.map((c) => ({ ...c, answer, week: answer.onSiteSupportWeek })),
  columns: [
    ...columns<CandidateRow>(
      ['scope', (r) => r.answer.scope],
      ['today', (r) => r.answer.today],
      ['plan_revision', (r) => r.answer.planRevision],
      ['step_year', (r) => r.answer.step?.year],
      ['step_starts_on', (r) => r.answer.step?.startsOn],
      ['step_integrated_wte_hundredths', (r) => r.answer.step?.integratedWteHundredths],
      ['step_rise_wte_hundredths', (r) => r.answer.step?.riseWteHundredths],
    ),
    ...LINE,
    { header: 'consultation_hours_per_week', value: (r: CandidateRow) => r.consultationHoursPerWeek },
    ...weekColumns<CandidateRow>(),
  ],
});

type HistoryRow = CaseloadHistoryEntryResponse & { staffId: string };

/** GET /api/staff/:id/caseload/history as CSV: one row per change, oldest first. */
export const CASELOAD_HISTORY_CSV = csvShape<CaseloadHistoryResponse, HistoryRow>({
  file: 'caseload-history',
  rows: (h) => h.entries.map((e) => ({ ...e, staffId: h.staffId })),
  columns: columns<HistoryRow>(
    ['staff_id', (r) => r.staffId],
    ['version', (r) => r.version],
    ['type', (r) => r.type],
    ['summary', (r) => r.summary],
    ['effective_on', (r) => r.effectiveOn],
    ['cases', (r) => r.cases],
    ['open_cases', (r) => r.openCases],
    ['cap', (r) => r.cap],
    ['over_cap', (r) => r.overCap],
    ['recorded_at', (r) => r.recordedAt],
    ['actor', (r) => r.actor],
    ['reason', (r) => r.reason],
    ['event_id', (r) => r.eventId],
  ),
});

import { columns, csvShape } from '../../http/csv/csv-shape.js';
import type { CapacityFiguresResponse, CaseloadCapacityResponse } from './caseload-capacity.response.js';
import type { CandidateResponse, CaseloadCandidatesResponse } from './caseload-candidates.response.js';
import type { CaseloadHistoryEntryResponse, CaseloadHistoryResponse } from './caseload-history.response.js';
import type { CaseloadListResponse, CaseloadResponse } from './caseload.response.js';

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
);

/** GET /api/caseloads as CSV: one row per person, in the answer's order. */
export const CASELOADS_CSV = csvShape<CaseloadListResponse, CaseloadResponse & { planRevision: number | null }>({
  file: 'caseloads',
  rows: (list) => list.items.map((item) => ({ ...item, planRevision: list.planRevision })),
  columns: [...LINE, { header: 'plan_revision', value: (r) => r.planRevision }],
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
  ),
});

type CandidateRow = CandidateResponse & { answer: CaseloadCandidatesResponse };

/** GET /api/caseloads/candidates as CSV: one row per candidate, each with the step planned for. */
export const CANDIDATES_CSV = csvShape<CaseloadCandidatesResponse, CandidateRow>({
  file: 'caseload-candidates',
  rows: (answer) => answer.candidates.map((c) => ({ ...c, answer })),
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

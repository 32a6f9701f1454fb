import { columns, csvShape, pageHeaders } from '../../http/csv/csv-shape.js';
import type { CohortDetails, CohortSummary } from '../read-model/cohort-view.js';
import type { PipelineReport, PipelineFigures } from '../read-model/pipeline-report.js';
import type { CohortPageResponse } from './cohort.response.js';

const SUMMARY = columns<CohortSummary>(
  ['cohort_id', (c) => c.id],
  ['level', (c) => c.level],
  ['name', (c) => c.name],
  ['provider', (c) => c.provider],
  ['starts_on', (c) => c.startsOn],
  ['ends_on', (c) => c.endsOn],
  ['capacity', (c) => c.capacity],
  ['enrolled', (c) => c.enrolled],
  ['waitlisted', (c) => c.waitlisted],
  ['completed', (c) => c.completed],
  ['failed', (c) => c.failed],
  ['places_left', (c) => c.placesLeft],
);

/** GET /api/cohorts as CSV: one row per cohort of the page. */
export const COHORTS_CSV = csvShape<CohortPageResponse, CohortSummary>({
  file: 'cohorts',
  rows: (page) => page.items,
  headers: pageHeaders,
  columns: SUMMARY,
});

interface MemberRow {
  cohort: CohortDetails;
  list: 'roster' | 'waiting-list';
  staffId: string;
  name: string | null;
  status: string;
  enrolledOn: string | null;
  outcomeOn: string | null;
  position: number | null;
  waitlistedOn: string | null;
}

/** GET /api/cohorts/:id as CSV: one row per person on the roster, then the waiting list in order. */
export const COHORT_ROSTER_CSV = csvShape<CohortDetails, MemberRow>({
  file: 'cohort-roster',
  rows: (c) => [
    ...c.roster.map((m) => ({ cohort: c, list: 'roster' as const, ...m, position: null, waitlistedOn: null })),
    ...c.waitingList.map((w) => ({
      cohort: c,
      list: 'waiting-list' as const,
      ...w,
      status: 'waitlisted',
      enrolledOn: null,
      outcomeOn: null,
    })),
  ],
  columns: [
    ...SUMMARY.filter((c) => ['cohort_id', 'level', 'name', 'provider', 'starts_on'].includes(c.header)).map((c) => ({
      header: c.header === 'name' ? 'cohort_name' : c.header,
      value: (m: MemberRow) => c.value(m.cohort),
    })),
    ...columns<MemberRow>(
      ['list', (m) => m.list],
      ['staff_id', (m) => m.staffId],
      ['person_name', (m) => m.name],
      ['status', (m) => m.status],
      ['enrolled_on', (m) => m.enrolledOn],
      ['outcome_on', (m) => m.outcomeOn],
      ['waiting_position', (m) => m.position],
      ['waitlisted_on', (m) => m.waitlistedOn],
    ),
  ],
});

type PipelineRow = PipelineFigures & { borough: string; report: PipelineReport };

const levelColumns = [1, 2, 3, 4].flatMap((level) =>
  columns<PipelineRow>(
    [`level_${level}_in_training`, (r) => r.levels.find((l) => l.level === level)?.inTraining],
    [`level_${level}_completed_ever`, (r) => r.levels.find((l) => l.level === level)?.completedEver],
    [
      `level_${level}_completed_this_programme_year`,
      (r) => r.levels.find((l) => l.level === level)?.completedThisProgrammeYear,
    ],
  ),
);

/** GET /api/reports/pipeline as CSV: one row per borough and one for the total, levels as columns. */
export const PIPELINE_CSV = csvShape<PipelineReport, PipelineRow>({
  file: 'pipeline',
  rows: (report) => [...report.boroughs.map((b) => ({ ...b, report })), { ...report.total, borough: 'total', report }],
  columns: [
    ...columns<PipelineRow>(
      ['on', (r) => r.report.on],
      ['programme_year', (r) => r.report.programmeYear.number],
      ['programme_year_starts_on', (r) => r.report.programmeYear.startsOn],
      ['programme_year_ends_on', (r) => r.report.programmeYear.endsOn],
      ['borough', (r) => r.borough],
    ),
    ...levelColumns,
    ...columns<PipelineRow>(
      ['dual_qualified_headcount', (r) => r.dualQualified.headcount],
      ['dual_qualified_wte', (r) => r.dualQualified.wte],
    ),
  ],
});

import { DomainError } from '../../shared/domain-error.js';
import { minDate, type IsoDate } from '../../shared/values.js';
import { EnrolInCohortCommand } from '../../training/application/enrol-in-cohort.handler.js';
import { RecordEnrolmentOutcomeCommand } from '../../training/application/record-enrolment-outcome.handler.js';
import { ScheduleCohortCommand } from '../../training/application/schedule-cohort.handler.js';
import { cohortDecider } from '../../training/domain/cohort.decider.js';
import { cohortStreamId } from '../../training/domain/cohort.events.js';
import type { CohortSpec, EnrolmentRow } from '../domain/enrolments.layout.js';
import type { RowContext, RowImporter, RowStep } from './row-step.js';

const COHORT_CODES = {
  'COHORT.INVALID_LEVEL': 'level',
  'COHORT.INVALID_NAME': 'cohort_name',
  'COHORT.INVALID_PROVIDER': 'provider',
  'COHORT.INVALID_DATES': 'ends_on',
  'COHORT.INVALID_CAPACITY': 'capacity',
};

const ENROL_CODES = {
  'STAFF.NOT_FOUND': 'employee_number',
  'STAFF.HAS_LEFT': 'enrolled_on',
  'TRAINING.LEVEL_NOT_REACHED': 'level',
  'TRAINING.LEVEL_ALREADY_COMPLETED': 'level',
};

const OUTCOME_CODES = {
  'TRAINING.OUTCOME_BEFORE_ENROLMENT': 'outcome_on',
  'TRAINING.INVALID_DATE': 'outcome_on',
};

/**
 * The cohort's `scheduledOn` for a history import: the earliest date this file uses it (an
 * enrolment), or its start date if that is earlier, so that no enrolment of the file is dated
 * before the cohort was scheduled.
 */
export const scheduledOnFor = (cohort: CohortSpec, earliestUse: ReadonlyMap<string, IsoDate>): IsoDate =>
  minDate(cohort.startsOn, earliestUse.get(cohort.cohortId) ?? cohort.startsOn);

/** A cohort this file names and the store has not got yet is scheduled, once, by its first row. */
async function cohortStep(cohort: CohortSpec, context: RowContext): Promise<RowStep[]> {
  const { state } = await context.eventSourcing.load(cohortStreamId(cohort.cohortId), cohortDecider);
  if (state.status === 'scheduled') {
    const differs = (['endsOn', 'capacity'] as const).find((field) => state[field] !== cohort[field]);
    if (!differs) return [];
    const column = differs === 'endsOn' ? 'ends_on' : 'capacity';
    return [
      {
        column,
        run: () => {
          throw new DomainError(
            'IMPORT.COHORT_MISMATCH',
            `the cohort of level ${cohort.level} by ${cohort.provider} starting ${cohort.startsOn} has ${column} ${state[differs]}, not ${cohort[differs]}`,
          );
        },
      },
    ];
  }
  return [
    {
      column: 'starts_on',
      codes: COHORT_CODES,
      run: async () => {
        const { cohortId, level, name, provider, startsOn, endsOn, capacity } = cohort;
        // A past cohort exists in "as at" views from the first date the file uses it (ADR 0009).
        const scheduledOn = scheduledOnFor(cohort, context.earliestUse);
        const input = { cohortId, level, name, provider, startsOn, endsOn, capacity, scheduledOn };
        await context.commands.execute(new ScheduleCohortCommand(input, context.request));
        return 'cohort scheduled';
      },
    },
  ];
}

/**
 * An enrolment (its cohort scheduled first if new) and its outcome. Rows are taken in order of
 * enrolment date, then line, so a person's level 1 comes before their level 2 whatever order the
 * file lists them in; each row's outcome is recorded with it.
 */
export const enrolmentRows: RowImporter<EnrolmentRow> = {
  order: (rows) =>
    [...rows].sort((a, b) =>
      a.row.enrolledOn === b.row.enrolledOn ? a.line - b.line : a.row.enrolledOn < b.row.enrolledOn ? -1 : 1,
    ),
  earliestUse: (rows) => {
    const earliest = new Map<string, IsoDate>();
    for (const row of rows) {
      const seen = earliest.get(row.cohort.cohortId);
      earliest.set(row.cohort.cohortId, seen ? minDate(seen, row.enrolledOn) : row.enrolledOn);
    }
    return earliest;
  },
  steps: async (row, context) => {
    const { commands, request } = context;
    const { cohortId } = row.cohort;
    const enrol: RowStep = {
      column: 'enrolled_on',
      codes: ENROL_CODES,
      run: async () => {
        const input = { cohortId, staffId: row.staffId, enrolledOn: row.enrolledOn };
        const result = await commands.execute(new EnrolInCohortCommand(input, request));
        return result.status;
      },
    };
    const outcome: RowStep[] = row.outcome
      ? [
          {
            column: 'outcome',
            codes: OUTCOME_CODES,
            run: async () => {
              const input = { cohortId, staffId: row.staffId, ...row.outcome! };
              const result = await commands.execute(new RecordEnrolmentOutcomeCommand(input, request));
              return result.outcome;
            },
          },
        ]
      : [];
    return [...(await cohortStep(row.cohort, context)), enrol, ...outcome];
  },
};

import type { IsoDate } from '../../shared/values.js';
import { choiceCell, dateCell, integerCell, textCell } from './cells.js';
import { cohortIdFor } from './external-ids.js';
import { requiredWith, type Layout } from './layout.js';
import { PERSON_COLUMNS, isProblem, personOf } from './person-ref.js';

/** What a history file says about a cohort; every row naming it must say the same. */
export interface CohortSpec {
  cohortId: string;
  level: number;
  provider: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  capacity: number;
  name: string;
}

/** One enrolment of one person in one cohort, and how it ended if it has. */
export interface EnrolmentRow {
  staffId: string;
  cohort: CohortSpec;
  enrolledOn: IsoDate;
  outcome?: { outcome: string; on: IsoDate; reason?: string };
}

export const LEVEL_NAMES: Record<number, string> = {
  1: 'Systemic Year 1',
  2: 'Systemic Year 2',
  3: 'Systemic Year 3 (MSc)',
  4: 'Systemic Year 4 (MSc)',
};

export const enrolmentsLayout: Layout<EnrolmentRow> = {
  kind: 'enrolments',
  columns: [
    ...PERSON_COLUMNS,
    { name: 'level', read: integerCell, required: true },
    { name: 'provider', read: (t) => textCell(t), required: true },
    { name: 'starts_on', read: dateCell, required: true },
    { name: 'ends_on', read: dateCell, required: true },
    { name: 'capacity', read: integerCell, required: true },
    { name: 'cohort_name', read: (t) => textCell(t) },
    { name: 'enrolled_on', read: dateCell, required: true },
    { name: 'outcome', read: choiceCell },
    { name: 'outcome_on', read: dateCell },
    { name: 'outcome_reason', read: (t) => textCell(t, 500) },
  ],
  toRow(v) {
    const staffId = personOf(v);
    if (isProblem(staffId)) return [staffId];
    if (v.outcome !== undefined && v.outcome_on === undefined) return [requiredWith('outcome_on', 'outcome')];
    if (v.outcome_on !== undefined && v.outcome === undefined) return [requiredWith('outcome', 'outcome_on')];
    const level = v.level as number;
    const provider = (v.provider as string).replace(/\s+/g, ' ');
    const startsOn = v.starts_on as string;
    const name =
      (v.cohort_name as string | undefined) ?? `${LEVEL_NAMES[level] ?? `Level ${level}`}, ${provider}, ${startsOn}`;
    return {
      staffId,
      cohort: {
        cohortId: cohortIdFor(level, provider, startsOn),
        level,
        provider,
        startsOn,
        endsOn: v.ends_on as string,
        capacity: v.capacity as number,
        name,
      },
      enrolledOn: v.enrolled_on as string,
      ...(v.outcome !== undefined
        ? {
            outcome: {
              outcome: v.outcome as string,
              on: v.outcome_on as string,
              ...(v.outcome_reason !== undefined ? { reason: v.outcome_reason as string } : {}),
            },
          }
        : {}),
    };
  },
};

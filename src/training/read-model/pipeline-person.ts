import { ValidTimeTable } from '../../projections/bitemporal/valid-time-table.js';
import type { Borough, IsoDate, SystemicLevel } from '../../shared/values.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';

export const PIPELINE_PERSON_VIEW = 'pipeline_person_view';
export const PIPELINE_COMPLETION_VIEW = 'pipeline_completion_view';

/** What the pipeline report counts of one person, from their own stream only. */
export interface PipelinePerson {
  staffId: string;
  borough: Borough;
  fteHundredths: number;
  leftOn: IsoDate | null;
  systemicLevel: 0 | SystemicLevel;
  dualQualified: boolean;
  dualQualifiedOn: IsoDate | null;
  /** The level and cohort of the place held now (a waiting list is not training). */
  trainingLevel: SystemicLevel | null;
  trainingCohortId: string | null;
}

/** A level completed, with its date (for "this programme year"). */
export interface PipelineCompletion {
  staffId: string;
  level: SystemicLevel;
  completedOn: IsoDate;
  cohortId: string;
}

/**
 * The person after one event; pure. Dual qualification is taken from its events, not re-derived,
 * so the report agrees with the person's page.
 */
export const evolvePipelinePerson = (person: PipelinePerson | undefined, e: StaffEvent): PipelinePerson | undefined => {
  if (e.type === 'StaffHired') {
    const { staffId, borough, fteHundredths } = e.data;
    return {
      staffId,
      borough,
      fteHundredths,
      leftOn: null,
      systemicLevel: 0,
      dualQualified: false,
      dualQualifiedOn: null,
      trainingLevel: null,
      trainingCohortId: null,
    };
  }
  if (!person) return undefined;
  switch (e.type) {
    case 'StaffDetailsChanged':
      return {
        ...person,
        borough: e.data.borough ?? person.borough,
        fteHundredths: e.data.fteHundredths ?? person.fteHundredths,
      };
    case 'StaffLeft':
      return { ...person, leftOn: e.data.leftOn };
    case 'SystemicLevelCompleted':
      return { ...person, systemicLevel: Math.max(person.systemicLevel, e.data.level) as SystemicLevel };
    case 'EnrolmentStarted':
      // A promotion from a waiting list arrives as a second start, enrolled.
      return e.data.status === 'enrolled'
        ? { ...person, trainingLevel: e.data.level, trainingCohortId: e.data.cohortId }
        : person;
    case 'EnrolmentEnded':
      return person.trainingCohortId === e.data.cohortId
        ? { ...person, trainingLevel: null, trainingCohortId: null }
        : person;
    case 'DualQualificationAttained':
      return { ...person, dualQualified: true, dualQualifiedOn: e.data.on };
    case 'DualQualificationEnded':
      return { ...person, dualQualified: false, dualQualifiedOn: null };
    default:
      // Qualifications themselves and lapses are not counted here.
      return person;
  }
};

const asText = (column: string) => (p: string) => `${p}${column}::text AS ${column}`;

export const PIPELINE_PERSON_ROWS = new ValidTimeTable<PipelinePerson>(
  PIPELINE_PERSON_VIEW,
  ['staff_id'],
  [
    { name: 'borough' },
    { name: 'fte_hundredths' },
    { name: 'left_on', select: asText('left_on') },
    { name: 'systemic_level' },
    { name: 'dual_qualified' },
    { name: 'dual_qualified_on', select: asText('dual_qualified_on') },
    { name: 'training_level' },
    { name: 'training_cohort_id' },
  ],
  (p) => ({
    staff_id: p.staffId,
    borough: p.borough,
    fte_hundredths: p.fteHundredths,
    left_on: p.leftOn,
    systemic_level: p.systemicLevel,
    dual_qualified: p.dualQualified,
    dual_qualified_on: p.dualQualifiedOn,
    training_level: p.trainingLevel,
    training_cohort_id: p.trainingCohortId,
  }),
  (r) => ({
    staffId: r.staff_id as string,
    borough: r.borough as Borough,
    fteHundredths: r.fte_hundredths as number,
    leftOn: r.left_on as IsoDate | null,
    systemicLevel: r.systemic_level as 0 | SystemicLevel,
    dualQualified: r.dual_qualified as boolean,
    dualQualifiedOn: r.dual_qualified_on as IsoDate | null,
    trainingLevel: r.training_level as SystemicLevel | null,
    trainingCohortId: r.training_cohort_id as string | null,
  }),
);

export const PIPELINE_COMPLETION_ROWS = new ValidTimeTable<PipelineCompletion>(
  PIPELINE_COMPLETION_VIEW,
  ['staff_id', 'level'],
  [{ name: 'completed_on', select: asText('completed_on') }, { name: 'cohort_id' }],
  (c) => ({ staff_id: c.staffId, level: c.level, completed_on: c.completedOn, cohort_id: c.cohortId }),
  (r) => ({
    staffId: r.staff_id as string,
    level: r.level as SystemicLevel,
    completedOn: r.completed_on as IsoDate,
    cohortId: r.cohort_id as string,
  }),
);

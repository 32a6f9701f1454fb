import type { Role, SystemicLevel } from '../src/shared/values.js';
import type { HireStaff, RecordQualification, StaffCommand } from '../src/staff/domain/staff.commands.js';
import type { StaffState } from '../src/staff/domain/staff.state.js';
import type { ScheduleCohort } from '../src/training/domain/cohort.commands.js';
import type { EnrolmentOutcome } from '../src/training/domain/cohort.events.js';
import type { Rng } from './rng.js';

/** The proportions of the generated workload, loosely after the plan in the domain brief. */
const ROLES: Role[] = [
  ...Array<Role>(11).fill('social-worker'),
  ...Array<Role>(4).fill('practitioner'),
  'frontline-manager',
  'frontline-manager',
  'practice-leader',
  'clinician',
  'clinician',
  'head-of-clinical-practice',
];
const REGISTERED_ROLES: Role[] = ['social-worker', 'frontline-manager', 'practice-leader'];
const FTES = [1, 1, 1, 1, 0.8, 0.6, 0.5];
const FIRST = ['Ada', 'Bola', 'Chen', 'Dara', 'Eve', 'Femi', 'Grace', 'Hari', 'Ines', 'Jo', 'Kofi', 'Lena'];
const LAST = ['Adeyemi', 'Brown', 'Costa', 'Doyle', 'Evans', 'Fraser', 'Gupta', 'Hughes', 'Iqbal', 'Jones'];
const PROVIDERS = ['Tavistock', 'KCC Family Therapy', 'Institute of Family Therapy'];
export const CAPACITY: Record<SystemicLevel, number> = { 1: 30, 2: 25, 3: 12, 4: 12 };
/** Share of those eligible for a level who enrol in it. */
export const TAKE_UP: Record<SystemicLevel, number> = { 1: 0.95, 2: 0.6, 3: 0.45, 4: 0.9 };
const OUTCOMES: [EnrolmentOutcome, number][] = [
  ['completed', 0.8],
  ['failed', 0.05],
  ['withdrawn', 0.08],
  ['deferred', 0.07],
];

const pad = (n: number) => String(n).padStart(2, '0');

export const hireCommand = (rng: Rng, year: number): HireStaff => {
  const staffId = rng.uuid();
  const role = rng.pick(ROLES);
  const registered = REGISTERED_ROLES.includes(role) || rng.chance(0.4);
  return {
    type: 'HireStaff',
    staffId,
    name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    borough: rng.pick(['LBHF', 'RBKC', 'WCC']),
    role,
    fte: rng.pick(FTES),
    startedOn: `${year}-${pad(rng.int(4, 6))}-${pad(rng.int(1, 28))}`,
    ...(registered
      ? { registration: { number: `SW${rng.int(10000, 999999)}`, registeredOn: `${year - 2}-09-01` } }
      : {}),
  };
};

/** Most clinicians arrive as family therapists; a few others bring level 1 from elsewhere. */
export const priorQualification = (rng: Rng, hire: HireStaff, year: number): RecordQualification | null => {
  const qualification =
    hire.role === 'clinician' && rng.chance(0.6)
      ? { kind: 'family-therapy' as const }
      : rng.chance(0.08)
        ? { kind: 'systemic-level' as const, level: 1 as const }
        : null;
  if (!qualification) return null;
  return {
    type: 'RecordQualification',
    staffId: hire.staffId,
    qualification,
    evidenceRef: `certificate ${rng.int(1000, 9999)}`,
    achievedOn: `${year - 1}-07-01`,
  };
};

/** A cohort of `level` starting in September of `year`. */
export const scheduleCommand = (rng: Rng, level: SystemicLevel, year: number, name: string): ScheduleCohort => ({
  type: 'ScheduleCohort',
  cohortId: rng.uuid(),
  level,
  name,
  provider: rng.pick(PROVIDERS),
  startsOn: `${year}-09-01`,
  endsOn: `${year + 1}-06-30`,
  capacity: CAPACITY[level],
});

/** After each level: 3% leave, 7% change their hours, 3% move borough; the rest stay as they are. */
export const changeCommand = (rng: Rng, person: StaffState, on: string): StaffCommand | null => {
  const roll = rng.next();
  const staffId = person.staffId;
  if (roll < 0.03) return { type: 'RecordLeaving', staffId, leftOn: on, reason: 'moved away' };
  if (roll < 0.1)
    return { type: 'ChangeStaffDetails', staffId, effectiveOn: on, fte: person.fteHundredths === 100 ? 0.8 : 1 };
  if (roll < 0.13)
    return { type: 'ChangeStaffDetails', staffId, effectiveOn: on, borough: person.borough === 'WCC' ? 'LBHF' : 'WCC' };
  return null;
};

export const pickOutcome = (rng: Rng): EnrolmentOutcome => {
  let roll = rng.next();
  for (const [outcome, p] of OUTCOMES) if ((roll -= p) < 0) return outcome;
  return 'completed';
};

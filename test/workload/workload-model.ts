/**
 * The generator's own bookkeeping and the commands it emits. Deliberately independent of the
 * deciders and read models: the expected figures are counted straight from these records.
 */
export type Borough = 'LBHF' | 'RBKC' | 'WCC';
export type Level = 1 | 2 | 3 | 4;
export const BOROUGHS: readonly Borough[] = ['LBHF', 'RBKC', 'WCC'];
export const LEVELS: readonly Level[] = [1, 2, 3, 4];

export interface Person {
  id: string;
  borough: Borough;
  fteHundredths: number;
  role: string;
  startedOn: string;
  /** Latest effective date (start, change): later changes and leaving may not predate it. */
  effectiveOn: string;
  leftOn?: string;
  registered: boolean;
  registeredOn?: string;
  familyTherapy: boolean;
  completed: Map<Level, string>;
  /** The cohort where the person holds a place now (no outcome yet). */
  holding?: Cohort;
}

export interface Cohort {
  id: string;
  level: Level;
  startsOn: string;
  endsOn: string;
  capacity: number;
  /** Places held or used up (completed, failed); a withdrawal or deferral gives one back. */
  taken: number;
  holders: Set<string>;
  /** In order of arrival. */
  waitlist: string[];
}

/**
 * Every command names the aggregates its decision reads (`touches`: staff and cohort ids), so a
 * runner may send commands that share none at the same time and still get the sequential result.
 */
export type WorkloadCommand = { touches: string[] } & (
  | {
      kind: 'hire';
      staffId: string;
      name: string;
      borough: Borough;
      role: string;
      fte: number;
      startedOn: string;
      registration?: { number: string; registeredOn: string };
    }
  | {
      kind: 'qualify';
      staffId: string;
      qualification:
        | { kind: 'systemic-level'; level: Level }
        | { kind: 'family-therapy' }
        | { kind: 'social-work-registration'; registrationNumber: string };
      achievedOn: string;
    }
  | { kind: 'change'; staffId: string; effectiveOn: string; borough?: Borough; fte?: number }
  | { kind: 'leave'; staffId: string; leftOn: string }
  | { kind: 'lapse'; staffId: string; lapsedOn: string }
  | {
      kind: 'schedule';
      cohortId: string;
      level: Level;
      name: string;
      startsOn: string;
      endsOn: string;
      capacity: number;
    }
  | {
      kind: 'enrol';
      cohortId: string;
      staffId: string;
      enrolledOn: string;
      expect: { status: 'enrolled' | 'waitlisted' } | { error: string };
    }
  | {
      kind: 'outcome';
      cohortId: string;
      staffId: string;
      outcome: 'completed' | 'failed' | 'withdrawn' | 'deferred';
      on: string;
      expect: { promoted: string | null };
    }
);

export interface LevelFigures {
  level: Level;
  inTraining: number;
  completedEver: number;
  completedThisProgrammeYear: number;
}

export interface Figures {
  levels: LevelFigures[];
  dualQualified: { headcount: number; wteHundredths: number; wte: number };
}

/** The report as the generator expects it for one `on` date: per borough and in total. */
export interface ExpectedReport {
  on: string;
  programmeYear: number;
  boroughs: Record<Borough, Figures>;
  total: Figures;
}

const financialYear = (date: string): number => Number(date.slice(0, 4)) - (date.slice(5) < '04-01' ? 1 : 0);

const isDual = (p: Person): boolean => p.registered && (p.completed.has(4) || p.familyTherapy);

/** Counts the figures from the final records: a leaver keeps their completions, nothing else. */
export const expectedReport = (people: Iterable<Person>, on: string, programmeStartYear = 2016): ExpectedReport => {
  const empty = (): Figures => ({
    levels: LEVELS.map((level) => ({ level, inTraining: 0, completedEver: 0, completedThisProgrammeYear: 0 })),
    dualQualified: { headcount: 0, wteHundredths: 0, wte: 0 },
  });
  const boroughs = { LBHF: empty(), RBKC: empty(), WCC: empty() };
  const total = empty();
  const year = financialYear(on);
  for (const p of people) {
    for (const figures of [boroughs[p.borough], total]) {
      for (const [level, date] of p.completed) {
        figures.levels[level - 1].completedEver++;
        if (financialYear(date) === year) figures.levels[level - 1].completedThisProgrammeYear++;
      }
      if (p.leftOn) continue;
      if (p.holding) figures.levels[p.holding.level - 1].inTraining++;
      if (isDual(p)) {
        figures.dualQualified.headcount++;
        figures.dualQualified.wteHundredths += p.fteHundredths;
        figures.dualQualified.wte = figures.dualQualified.wteHundredths / 100;
      }
    }
  }
  return { on, programmeYear: year - programmeStartYear + 1, boroughs, total };
};

import type { ProgrammeYear } from '../../shared/programme-year.js';
import { BOROUGHS, SYSTEMIC_LEVELS, type Borough, type IsoDate, type SystemicLevel } from '../../shared/values.js';

export interface LevelFigures {
  level: SystemicLevel;
  /** Holding a place in a cohort of this level now (outcome not yet recorded); leavers excluded. */
  inTraining: number;
  /** People who have completed this level, by a cohort or recorded prior learning, leavers included. */
  completedEver: number;
  /** The same, counting only completions dated within the programme year. */
  completedThisProgrammeYear: number;
}

export interface DualQualifiedFigures {
  /** Staff in post who are dual qualified now; leavers excluded. */
  headcount: number;
  wteHundredths: number;
  wte: number;
}

export interface PipelineFigures {
  levels: LevelFigures[];
  dualQualified: DualQualifiedFigures;
}

export interface PipelineReport {
  /** The date that chose the programme year. */
  on: IsoDate;
  programmeYear: ProgrammeYear;
  /** Every borough asked for (all three unless filtered), in code order, zeros included. */
  boroughs: (PipelineFigures & { borough: Borough })[];
  total: PipelineFigures;
}

/** One aggregate row of the report's single SQL statement. */
export interface PipelineRow {
  kind: 'training' | 'completed' | 'dual';
  borough: Borough;
  level: SystemicLevel | null;
  n: number;
  /** Completions this programme year, or WTE hundredths for `dual`. */
  m: number;
}

const emptyFigures = (): PipelineFigures => ({
  levels: SYSTEMIC_LEVELS.map((level) => ({ level, inTraining: 0, completedEver: 0, completedThisProgrammeYear: 0 })),
  dualQualified: { headcount: 0, wteHundredths: 0, wte: 0 },
});

const add = (figures: PipelineFigures, row: PipelineRow): void => {
  if (row.kind === 'dual') {
    figures.dualQualified.headcount += row.n;
    figures.dualQualified.wteHundredths += row.m;
    figures.dualQualified.wte = figures.dualQualified.wteHundredths / 100;
    return;
  }
  const level = figures.levels.find((l) => l.level === row.level);
  if (!level) return;
  if (row.kind === 'training') level.inTraining += row.n;
  else {
    level.completedEver += row.n;
    level.completedThisProgrammeYear += row.m;
  }
};

/** Folds the aggregate rows into per-borough figures and their total (a sum of the boroughs shown). */
export const assemblePipelineReport = (
  rows: readonly PipelineRow[],
  on: IsoDate,
  programmeYear: ProgrammeYear,
  borough?: Borough,
): PipelineReport => {
  const shown = borough ? [borough] : [...BOROUGHS];
  const boroughs = shown.map((b) => ({ borough: b, ...emptyFigures() }));
  const total = emptyFigures();
  for (const row of rows) {
    const target = boroughs.find((b) => b.borough === row.borough);
    if (!target) continue;
    add(target, row);
    add(total, row);
  }
  return { on, programmeYear, boroughs, total };
};

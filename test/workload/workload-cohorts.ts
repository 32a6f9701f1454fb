import type { Ledger } from './workload-ledger.js';
import type { Cohort, Level, Person, WorkloadCommand } from './workload-model.js';

/** Share of eligible people who ask for a place each August, by the level they would start. */
const APPETITE: Record<Level, number> = { 1: 0.45, 2: 0.5, 3: 0.45, 4: 0.7 };

/** Of 50 cohorts a year: level, how many, capacity. */
const COHORT_MIX: [Level, number, number][] = [
  [1, 20, 30],
  [2, 12, 22],
  [3, 9, 14],
  [4, 9, 12],
];

type EnrolCommand = Extract<WorkloadCommand, { kind: 'enrol' }>;

/** August: the year's cohorts. Level 1 runs September to February, levels 2-4 to July. */
export function schedule(l: Ledger, fy: number, cohortsPerYear: number): Cohort[] {
  const cohorts: Cohort[] = [];
  for (const [level, count, capacity] of COHORT_MIX) {
    for (let i = 0; i < Math.max(1, Math.round((count * cohortsPerYear) / 50)); i++) {
      const cohort: Cohort = {
        id: l.rng.uuid(),
        level,
        startsOn: l.rng.date(`${fy}-09-01`, `${fy}-09-20`),
        endsOn: level === 1 ? `${fy + 1}-02-28` : `${fy + 1}-07-31`,
        capacity,
        taken: 0,
        holders: new Set(),
        waitlist: [],
      };
      cohorts.push(cohort);
      l.cohorts++;
      l.emit({
        kind: 'schedule',
        touches: [cohort.id],
        cohortId: cohort.id,
        level,
        name: `Systemic Year ${level} ${fy}/${String(fy + 1).slice(2)} #${i + 1}`,
        startsOn: cohort.startsOn,
        endsOn: cohort.endsOn,
        capacity,
      });
    }
  }
  return cohorts;
}

const nextLevel = (p: Person): number => (p.completed.size === 0 ? 1 : Math.max(...p.completed.keys()) + 1);

const enrol = (l: Ledger, cohort: Cohort, p: Person, enrolledOn: string, expect: EnrolCommand['expect']) =>
  l.emit({ kind: 'enrol', touches: [cohort.id, p.id], cohortId: cohort.id, staffId: p.id, enrolledOn, expect });

/** August: people ask for the next level; a full cohort puts them on its waiting list. */
export function enrolments(l: Ledger, fy: number, cohorts: Cohort[]): void {
  const candidates = l.rng.shuffle(l.active().filter((p) => !p.holding && nextLevel(p) <= 4));
  const dates = candidates.map(() => l.rng.date(`${fy}-08-01`, `${fy}-08-31`)).sort();
  candidates.forEach((p, i) => {
    const level = nextLevel(p) as Level;
    const enrolledOn = dates[i];
    // A few ask for the level above the one they may start: refused, nothing recorded.
    if (level < 4 && !p.completed.has((level + 1) as Level) && l.rng.chance(0.01)) {
      const above = l.rng.pick(cohorts.filter((c) => c.level === level + 1));
      enrol(l, above, p, enrolledOn, { error: 'TRAINING.LEVEL_NOT_REACHED' });
    }
    if (!l.rng.chance(APPETITE[level])) return;
    const cohort = l.rng.pick(cohorts.filter((c) => c.level === level));
    if (cohort.taken < cohort.capacity) {
      cohort.taken++;
      cohort.holders.add(p.id);
      p.holding = cohort;
      enrol(l, cohort, p, enrolledOn, { status: 'enrolled' });
      // And a few then try a second cohort at once: one open enrolment at a time.
      if (l.rng.chance(0.01)) {
        const other = l.rng.pick(cohorts.filter((c) => c.level === level && c !== cohort));
        if (other) enrol(l, other, p, enrolledOn, { error: 'TRAINING.ALREADY_ENROLLED' });
      }
    } else {
      cohort.waitlist.push(p.id);
      enrol(l, cohort, p, enrolledOn, { status: 'waitlisted' });
    }
  });
}

/** A holder's withdrawal or deferral frees a place; someone waiting only leaves the list. */
export function leaveCohort(l: Ledger, cohort: Cohort, id: string, outcome: 'withdrawn' | 'deferred', on: string) {
  const p = l.person(id);
  if (cohort.holders.has(id)) {
    // The decision reads whoever is waiting, as the list stands before the place is handed on.
    const touches = [cohort.id, id, ...cohort.waitlist];
    cohort.holders.delete(id);
    cohort.taken--;
    p.holding = undefined;
    const promoted = promote(l, cohort);
    l.emit({ kind: 'outcome', touches, cohortId: cohort.id, staffId: id, outcome, on, expect: { promoted } });
  } else if (cohort.waitlist.includes(id) && !p.leftOn) {
    cohort.waitlist = cohort.waitlist.filter((w) => w !== id);
    const touches = [cohort.id, id];
    l.emit({ kind: 'outcome', touches, cohortId: cohort.id, staffId: id, outcome, on, expect: { promoted: null } });
  }
}

/** First come, first served, passing over (and dropping) whoever can no longer take the place. */
function promote(l: Ledger, cohort: Cohort): string | null {
  while (cohort.waitlist.length > 0) {
    const next = l.person(cohort.waitlist.shift()!);
    const below = cohort.level === 1 || next.completed.has((cohort.level - 1) as Level);
    if (next.leftOn || next.holding || next.completed.has(cohort.level) || !below) {
      l.skips++;
      continue;
    }
    l.promotions++;
    cohort.taken++;
    cohort.holders.add(next.id);
    next.holding = cohort;
    return next.id;
  }
  return null;
}

/** Outcomes at a cohort's end for every holder still in post: most complete, some fail. */
export function finish(l: Ledger, cohorts: Cohort[], on: string): void {
  for (const cohort of cohorts) {
    for (const id of [...cohort.holders]) {
      const p = l.person(id);
      if (p.leftOn) continue;
      const outcome = l.rng.chance(0.87) ? 'completed' : 'failed';
      cohort.holders.delete(id);
      p.holding = undefined;
      if (outcome === 'completed') p.completed.set(cohort.level, on);
      const touches = [cohort.id, id];
      l.emit({ kind: 'outcome', touches, cohortId: cohort.id, staffId: id, outcome, on, expect: { promoted: null } });
    }
  }
}

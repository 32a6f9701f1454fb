import { leaveCohort } from './workload-cohorts.js';
import { notBeforeLastChange, type Ledger } from './workload-ledger.js';
import { BOROUGHS, type Cohort, type Person } from './workload-model.js';

/**
 * October to February, in date order: withdrawals and deferrals (with promotions), moves between
 * boroughs and changes of WTE, new registrations, lapses, and a few early leavers.
 */
export function midYear(l: Ledger, fy: number, cohorts: Cohort[]): void {
  const intents: { on: string; run: (on: string) => void }[] = [];
  for (const cohort of cohorts) {
    for (const id of [...cohort.holders, ...cohort.waitlist]) {
      if (!l.rng.chance(0.1)) continue;
      const outcome = l.rng.chance(0.55) ? 'withdrawn' : 'deferred';
      const on = l.rng.date(`${fy}-10-01`, `${fy + 1}-01-31`);
      intents.push({ on, run: (d) => leaveCohort(l, cohort, id, outcome, d) });
    }
  }
  for (const p of l.active()) {
    if (l.rng.chance(0.05)) {
      intents.push({ on: l.rng.date(`${fy}-11-01`, `${fy + 1}-01-31`), run: (d) => change(l, p, d) });
    }
    // Some leave mid-year, so that a place freed later may reach someone who has gone.
    if (l.rng.chance(0.015)) {
      intents.push({ on: l.rng.date(`${fy}-10-01`, `${fy + 1}-01-31`), run: (d) => leave(l, p, d) });
    }
    if (!p.registered && l.rng.chance(0.04)) {
      intents.push({ on: l.rng.date(`${fy}-10-01`, `${fy + 1}-01-31`), run: (d) => register(l, p, d) });
    } else if (p.registered && l.rng.chance(0.01)) {
      intents.push({ on: l.rng.date(`${fy + 1}-02-01`, `${fy + 1}-02-15`), run: (d) => lapse(l, p, d) });
    }
  }
  // Stable sort: intents on one day keep the order they were drawn in.
  intents.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)).forEach((intent) => intent.run(intent.on));
}

function change(l: Ledger, p: Person, on: string): void {
  if (p.leftOn) return;
  const effectiveOn = notBeforeLastChange(p, on);
  p.effectiveOn = effectiveOn;
  if (l.rng.chance(0.5)) {
    const borough = l.rng.pick(BOROUGHS.filter((b) => b !== p.borough));
    p.borough = borough;
    l.emit({ kind: 'change', touches: [p.id], staffId: p.id, effectiveOn, borough });
  } else {
    const fteHundredths = l.rng.pick([50, 60, 75, 80, 90, 100].filter((f) => f !== p.fteHundredths));
    p.fteHundredths = fteHundredths;
    l.emit({ kind: 'change', touches: [p.id], staffId: p.id, effectiveOn, fte: fteHundredths / 100 });
  }
}

function register(l: Ledger, p: Person, on: string): void {
  if (p.leftOn) return;
  p.registered = true;
  p.registeredOn = on;
  const qualification = { kind: 'social-work-registration' as const, registrationNumber: l.nextRegistration() };
  l.emit({ kind: 'qualify', touches: [p.id], staffId: p.id, qualification, achievedOn: on });
}

function lapse(l: Ledger, p: Person, on: string): void {
  if (p.leftOn) return;
  p.registered = false;
  l.emit({ kind: 'lapse', touches: [p.id], staffId: p.id, lapsedOn: on });
}

/** March: about 6% leave. */
export function leavers(l: Ledger, fy: number): void {
  const going = l.active().filter(() => l.rng.chance(0.06));
  const dates = going.map(() => l.rng.date(`${fy + 1}-03-01`, `${fy + 1}-03-31`)).sort();
  going.forEach((p, i) => leave(l, p, dates[i]));
}

/** Half of those holding a place withdraw first; the rest just go, their place still held. */
function leave(l: Ledger, p: Person, on: string): void {
  if (p.leftOn) return;
  const leftOn = notBeforeLastChange(p, on);
  if (p.holding && l.rng.chance(0.5)) leaveCohort(l, p.holding, p.id, 'withdrawn', leftOn);
  p.leftOn = leftOn;
  l.emit({ kind: 'leave', touches: [p.id], staffId: p.id, leftOn });
}

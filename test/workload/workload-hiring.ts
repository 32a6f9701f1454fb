import type { Ledger } from './workload-ledger.js';
import type { Level, Person } from './workload-model.js';

const ROLES: [string, number][] = [
  ['social-worker', 55],
  ['practitioner', 20],
  ['frontline-manager', 8],
  ['practice-leader', 5],
  ['clinician', 10],
  ['head-of-clinical-practice', 2],
];

const REGISTERED_SHARE: Record<string, number> = {
  'social-worker': 0.9,
  practitioner: 0.15,
  'frontline-manager': 0.9,
  'practice-leader': 0.9,
  clinician: 0.3,
  'head-of-clinical-practice': 0.5,
};

/** April to July: new staff, most social workers registered, some with learning from elsewhere. */
export function hire(l: Ledger, fy: number, count: number): void {
  for (let i = 0; i < count; i++) {
    const role = l.rng.weighted(ROLES);
    const startedOn = l.rng.date(`${fy}-04-01`, `${fy}-07-31`);
    const registeredOn = l.rng.chance(REGISTERED_SHARE[role]) ? l.rng.date('2005-01-01', `${fy - 1}-12-31`) : undefined;
    const person: Person = {
      id: l.rng.uuid(),
      borough: l.rng.weighted([
        ['LBHF', 3],
        ['RBKC', 2],
        ['WCC', 4],
      ] as const),
      fteHundredths: l.rng.chance(0.6) ? 100 : l.rng.pick([50, 60, 75, 80, 90]),
      role,
      startedOn,
      effectiveOn: startedOn,
      registered: registeredOn !== undefined,
      registeredOn,
      familyTherapy: false,
      completed: new Map(),
    };
    l.people.set(person.id, person);
    l.emit({
      kind: 'hire',
      touches: [person.id],
      staffId: person.id,
      name: `Person ${l.people.size}`,
      borough: person.borough,
      role,
      fte: person.fteHundredths / 100,
      startedOn,
      ...(registeredOn ? { registration: { number: l.nextRegistration(), registeredOn } } : {}),
    });
    priorLearning(l, person, fy);
  }
}

/** Some arrive with systemic levels done elsewhere, some clinicians as family therapists. */
function priorLearning(l: Ledger, person: Person, fy: number): void {
  if (l.rng.chance(0.08)) {
    const upTo = l.rng.weighted<Level>([
      [1, 6],
      [2, 3],
      [3, 1],
    ]);
    for (let level = 1 as Level; level <= upTo; level++) {
      // Some prior learning falls inside the programme year, so it counts for "this year" too.
      const achievedOn = l.rng.date(`${fy - 3}-01-01`, person.startedOn);
      person.completed.set(level, achievedOn);
      const qualification = { kind: 'systemic-level' as const, level };
      l.emit({ kind: 'qualify', touches: [person.id], staffId: person.id, qualification, achievedOn });
    }
  }
  if (person.role === 'clinician' && l.rng.chance(0.6)) {
    person.familyTherapy = true;
    const achievedOn = l.rng.date('2008-01-01', person.startedOn);
    const qualification = { kind: 'family-therapy' as const };
    l.emit({ kind: 'qualify', touches: [person.id], staffId: person.id, qualification, achievedOn });
  }
}

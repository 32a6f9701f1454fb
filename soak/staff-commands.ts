import type { Rng } from '../bench/rng.js';
import type { Answer } from './client.js';
import { plan, type CommandPlan } from './plans.js';
import { BOROUGHS, World, type Person } from './world.js';

const ROLES = ['social-worker', 'social-worker', 'social-worker', 'practitioner', 'frontline-manager', 'clinician'];
const REGISTERED = new Set(['social-worker', 'frontline-manager']);
const FTES = [1, 1, 1, 0.8, 0.6];
const OUTCOMES: [string, number][] = [
  ['completed', 0.8],
  ['withdrawn', 0.08],
  ['deferred', 0.07],
  ['failed', 0.05],
];

/** HR's commands: people and their training, chosen from what earlier answers acknowledged. */
export class StaffCommands {
  constructor(
    private readonly world: World,
    private readonly rng: Rng,
  ) {}

  hire(day: number): CommandPlan {
    const role = this.rng.pick(ROLES);
    const registered = REGISTERED.has(role) || this.rng.chance(0.4);
    const fte = this.rng.pick(FTES);
    const body = {
      name: `Soak Person ${this.world.commandsIssued}`,
      borough: this.rng.pick(BOROUGHS),
      role,
      fte,
      startedOn: World.date(day),
      ...(registered
        ? { registration: { number: `SW${this.rng.int(100000, 999999)}`, registeredOn: '2012-09-01' } }
        : {}),
    };
    return plan('hire', 'hr', '/api/staff', body, (a) =>
      this.world.people.push({
        id: String(a.body.id),
        borough: body.borough,
        fte: Math.round(fte * 100),
        registered,
        dual: false,
        level: 0,
        left: false,
        heldWte: 0,
        busy: false,
      }),
    );
  }

  /** An FTE change (kept above the posts held) or a move to another borough. */
  changeDetails(day: number): CommandPlan | undefined {
    const p = this.world.activePerson();
    if (!p) return undefined;
    const fte = p.fte === 100 ? 80 : 100;
    const effectiveOn = World.date(day);
    const body = fte >= p.heldWte ? { effectiveOn, fte: fte / 100 } : { effectiveOn, borough: this.rng.pick(BOROUGHS) };
    return plan(
      'change-details',
      'hr',
      `/api/staff/${p.id}/changes`,
      body,
      () => ('fte' in body ? (p.fte = fte) : (p.borough = body.borough)),
      [p],
    );
  }

  /** A social-work registration for the unregistered, a family-therapy qualification for the others. */
  qualification(day: number): CommandPlan | undefined {
    const p = this.world.activePerson((q) => !q.dual);
    if (!p) return undefined;
    const body = p.registered
      ? { kind: 'family-therapy', evidenceRef: `AFT/${p.id.slice(0, 6)}`, achievedOn: '2015-07-01' }
      : {
          kind: 'social-work-registration',
          registrationNumber: `SW${this.rng.int(100000, 999999)}`,
          evidenceRef: 'SWE register',
          achievedOn: World.date(day),
        };
    const path = `/api/staff/${p.id}/qualifications`;
    return plan('qualification', 'hr', path, body, () => (p.registered ? (p.dual = true) : (p.registered = true)), [p]);
  }

  leave(day: number): CommandPlan | undefined {
    const p = this.world.activePerson((q) => !q.enrolment);
    if (!p) return undefined;
    const body = { leftOn: World.date(day), reason: 'Moved away' };
    return plan(
      'leave',
      'hr',
      `/api/staff/${p.id}/departure`,
      body,
      () => ((p.left = true), this.world.vacateAllOf(p.id)),
      [p],
    );
  }

  schedule(day: number): CommandPlan {
    const level = this.rng.pick([1, 1, 1, 2, 2, 3, 4]);
    const body = {
      level,
      name: `Soak level ${level} day ${day}`,
      provider: 'Tavistock',
      startsOn: World.date(day + 14),
      endsOn: World.date(day + 240),
      capacity: 20,
    };
    return plan('schedule-cohort', 'hr', '/api/cohorts', body, (a) =>
      this.world.cohorts.push({ id: String(a.body.id), level, capacity: 20, taken: 0, endsDay: day + 240 }),
    );
  }

  /** Someone with no open enrolment into an open cohort of their next level. */
  enrol(day: number): CommandPlan | undefined {
    const p = this.world.activePerson((q) => !q.enrolment && q.level < 4);
    const cohort = p && this.world.openCohort(p.level + 1, day);
    if (!p || !cohort) return undefined;
    const body = { staffId: p.id, enrolledOn: World.date(day) };
    return plan(
      'enrol',
      'hr',
      `/api/cohorts/${cohort.id}/enrolments`,
      body,
      (a) => {
        const status = a.body.status === 'enrolled' ? 'enrolled' : 'waitlisted';
        p.enrolment = { cohortId: cohort.id, status };
        if (status === 'enrolled') cohort.taken++;
      },
      [p],
    );
  }

  recordOutcome(day: number): CommandPlan | undefined {
    const p = this.world.activePerson((q) => q.enrolment?.status === 'enrolled');
    if (!p) return undefined;
    const cohortId = p.enrolment!.cohortId;
    const outcome = this.outcome();
    const body = { outcome, on: World.date(day), reason: 'soak' };
    const path = `/api/cohorts/${cohortId}/enrolments/${p.id}/outcome`;
    return plan('record-outcome', 'hr', path, body, (a) => this.afterOutcome(p, cohortId, outcome, a), [p]);
  }

  private afterOutcome(person: Person, cohortId: string, outcome: string, answer: Answer): void {
    person.enrolment = undefined;
    if (outcome === 'completed') {
      person.level++;
      if (person.level === 4 && person.registered) person.dual = true;
    }
    const promoted = this.world.people.find((p) => p.id === answer.body.promoted);
    if (promoted?.enrolment?.cohortId === cohortId) promoted.enrolment.status = 'enrolled';
  }

  private outcome(): string {
    let roll = this.rng.next();
    for (const [outcome, p] of OUTCOMES) if ((roll -= p) < 0) return outcome;
    return 'completed';
  }
}

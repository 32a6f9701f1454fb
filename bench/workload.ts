import { DomainError } from '../src/shared/domain-error.js';
import { fold } from '../src/shared/decider.js';
import type { DomainEvent } from '../src/shared/event.js';
import type { IsoDate, SystemicLevel } from '../src/shared/values.js';
import type { StaffCommand } from '../src/staff/domain/staff.commands.js';
import { decideStaff } from '../src/staff/domain/staff.decider.js';
import { staffStreamId, type StaffEvent } from '../src/staff/domain/staff.events.js';
import { evolveStaff, initialStaffState, type StaffState } from '../src/staff/domain/staff.state.js';
import { decideCohort } from '../src/training/domain/cohort.decider.js';
import { cohortStreamId, type CohortEvent } from '../src/training/domain/cohort.events.js';
import {
  evolveCohort,
  initialCohortState,
  waitingList,
  type CohortState,
} from '../src/training/domain/cohort.state.js';
import { decideEnrolment, decideOutcome } from '../src/training/domain/enrolment.decider.js';
import { Rng } from './rng.js';
import {
  CAPACITY,
  TAKE_UP,
  changeCommand,
  hireCommand,
  pickOutcome,
  priorQualification,
  scheduleCommand,
} from './workload-mix.js';

/** What one command decided: events for one or more streams, appended together. */
export type Step = { streamId: string; events: DomainEvent[] }[];
/** Steps whose streams may be appended in any order (nothing in a phase reads another's result). */
export type Phase = Step[];
/** A phase and the day it happens: the bench's clock records its events on that day. */
export interface DatedPhase {
  on: IsoDate;
  steps: Phase;
}

/**
 * One intake of `size` people taken up the systemic ladder by the real deciders: hires (with
 * registrations and prior qualifications), cohorts per level with waiting lists, outcomes with
 * promotions, changes, leavers and lapses. Yields phase after phase; a decision a rule refuses
 * is counted in `refused` and left out, as the API would.
 */
export class Intake {
  refused = 0;
  private readonly rng: Rng;
  private readonly staff = new Map<string, StaffState>();
  private readonly year: number;

  constructor(
    private readonly index: number,
    private readonly size: number,
    seed: number,
  ) {
    this.rng = new Rng(seed * 1_000_003 + index);
    this.year = 2016 + (index % 3);
  }

  *phases(): Generator<DatedPhase> {
    yield { on: `${this.year}-06-30`, steps: this.hires() };
    for (const level of [1, 2, 3, 4] as SystemicLevel[]) {
      const cohorts: CohortState[] = [];
      const year = this.year + level;
      yield { on: `${year - 1}-08-15`, steps: this.enrolments(level, cohorts) };
      yield { on: `${year}-06-30`, steps: cohorts.flatMap((c) => this.outcomes(c)) };
      yield { on: `${year}-07-15`, steps: this.changes(level) };
    }
    yield { on: `${this.year + 5}-01-10`, steps: this.lapses() };
  }

  private hires(): Phase {
    const phase: Phase = [];
    for (let i = 0; i < this.size; i++) {
      const hire = hireCommand(this.rng, this.year);
      const events = this.staffDecision(hire.staffId, hire);
      const prior = priorQualification(this.rng, hire, this.year);
      if (prior) events.push(...this.staffDecision(hire.staffId, prior));
      if (events.length) phase.push([{ streamId: staffStreamId(hire.staffId), events }]);
    }
    return phase;
  }

  private enrolments(level: SystemicLevel, cohorts: CohortState[]): Phase {
    const first = this.year + level - 1;
    const candidates = [...this.staff.values()].filter(
      (s) =>
        s.status === 'active' &&
        !s.completedLevels[level] &&
        (level === 1 || s.completedLevels[(level - 1) as SystemicLevel]),
    );
    const people = candidates.filter(() => this.rng.chance(TAKE_UP[level]));
    // Two more people than places per cohort, so every cohort keeps a waiting list.
    const perCohort = CAPACITY[level] + 2;
    const phase: Phase = [];
    for (let c = 0; c * perCohort < people.length; c++) {
      const command = scheduleCommand(this.rng, level, first, `Systemic year ${level}, intake ${this.index}-${c}`);
      const cohortId = command.cohortId;
      const scheduled = decideCohort(command, initialCohortState);
      let cohort = fold(evolveCohort, initialCohortState, scheduled);
      phase.push([{ streamId: cohortStreamId(cohortId), events: scheduled }]);
      for (const person of people.slice(c * perCohort, (c + 1) * perCohort)) {
        const command = {
          type: 'EnrolInCohort' as const,
          cohortId,
          staffId: person.staffId,
          enrolledOn: `${first}-08-15`,
        };
        const decision = this.attempt(() => decideEnrolment(command, person, cohort));
        if (!decision) continue;
        cohort = fold(evolveCohort, cohort, decision.cohort);
        phase.push([
          this.applyStaff(person.staffId, decision.staff),
          { streamId: cohortStreamId(cohortId), events: decision.cohort },
        ]);
      }
      cohorts.push(cohort);
    }
    return phase;
  }

  private outcomes(start: CohortState): Phase {
    const phase: Phase = [];
    let cohort = start;
    for (;;) {
      const entry =
        cohort.roster.find((e) => e.status === 'enrolled') ?? cohort.roster.find((e) => e.status === 'waitlisted');
      if (!entry) return phase;
      const outcome = entry.status === 'waitlisted' ? 'withdrawn' : pickOutcome(this.rng);
      const early = entry.status === 'enrolled' && (outcome === 'withdrawn' || outcome === 'deferred');
      const endYear = Number(cohort.endsOn.slice(0, 4));
      const command = {
        type: 'RecordEnrolmentOutcome' as const,
        cohortId: cohort.cohortId,
        staffId: entry.staffId,
        outcome,
        on: early ? `${endYear}-01-15` : cohort.endsOn,
        ...(outcome === 'withdrawn' ? { reason: 'caseload pressure' } : {}),
      };
      const waiting = Object.fromEntries(waitingList(cohort).map((id) => [id, this.staff.get(id)!]));
      const decision = this.attempt(() => decideOutcome(command, this.staff.get(entry.staffId)!, cohort, waiting));
      // A refused outcome would be asked again forever: leave the rest of this cohort open.
      if (!decision) return phase;
      cohort = fold(evolveCohort, cohort, decision.cohort as CohortEvent[]);
      phase.push([
        { streamId: cohortStreamId(cohort.cohortId), events: decision.cohort },
        ...Object.entries(decision.staff).map(([id, events]) => this.applyStaff(id, events)),
      ]);
    }
  }

  private changes(level: SystemicLevel): Phase {
    const on = `${this.year + level}-07-15`;
    const phase: Phase = [];
    for (const person of this.staff.values()) {
      if (person.status !== 'active') continue;
      const command = changeCommand(this.rng, person, on);
      const events = command ? this.staffDecision(person.staffId, command) : [];
      if (events.length) phase.push([{ streamId: staffStreamId(person.staffId), events }]);
    }
    return phase;
  }

  private lapses(): Phase {
    const phase: Phase = [];
    for (const person of this.staff.values()) {
      if (person.status !== 'active' || !person.registration || !this.rng.chance(0.02)) continue;
      const command: StaffCommand = {
        type: 'RecordRegistrationLapse',
        staffId: person.staffId,
        lapsedOn: `${this.year + 5}-01-10`,
      };
      const events = this.staffDecision(person.staffId, command);
      if (events.length) phase.push([{ streamId: staffStreamId(person.staffId), events }]);
    }
    return phase;
  }

  private staffDecision(staffId: string, command: StaffCommand): StaffEvent[] {
    const events = this.attempt(() => decideStaff(command, this.staff.get(staffId) ?? initialStaffState)) ?? [];
    this.applyStaff(staffId, events);
    return events;
  }

  private applyStaff(staffId: string, events: StaffEvent[]): Step[number] {
    this.staff.set(staffId, fold(evolveStaff, this.staff.get(staffId) ?? initialStaffState, events));
    return { streamId: staffStreamId(staffId), events };
  }

  private attempt<T>(decide: () => T): T | null {
    try {
      return decide();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.refused++;
      return null;
    }
  }
}

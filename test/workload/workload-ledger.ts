import type { Prng } from './prng.js';
import type { Person, WorkloadCommand } from './workload-model.js';

/** What the generator knows so far: everyone, the commands emitted, and a few tallies. */
export class Ledger {
  readonly people = new Map<string, Person>();
  readonly commands: WorkloadCommand[] = [];
  cohorts = 0;
  promotions = 0;
  skips = 0;
  private registrationSeq = 100000;

  constructor(readonly rng: Prng) {}

  emit(command: WorkloadCommand): void {
    this.commands.push(command);
  }

  person(id: string): Person {
    const p = this.people.get(id);
    if (!p) throw new Error(`the ledger has no person ${id}`);
    return p;
  }

  active(): Person[] {
    return [...this.people.values()].filter((p) => !p.leftOn);
  }

  nextRegistration(): string {
    return `SW${this.registrationSeq++}`;
  }
}

/** The later of a date and the person's last effective date: changes and leaving may not predate it. */
export const notBeforeLastChange = (p: Person, on: string): string => (on < p.effectiveOn ? p.effectiveOn : on);

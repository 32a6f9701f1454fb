import type { Rng } from '../bench/rng.js';

/** What the soak knows of the system, from acknowledged answers only; enough to send sensible commands. */
export interface Person {
  id: string;
  borough: string;
  fte: number; // hundredths
  registered: boolean;
  dual: boolean;
  level: number;
  enrolment?: { cohortId: string; status: 'enrolled' | 'waitlisted' };
  left: boolean;
  heldWte: number; // hundredths
  busy: boolean;
}

export interface Cohort {
  id: string;
  level: number;
  capacity: number;
  taken: number;
  endsDay: number;
}

export interface Post {
  id: string;
  kind: 'social-work' | 'clinician' | 'head-of-clinical-practice';
  wte: number; // hundredths
  holder?: string;
  /** WTE of clinician posts integrated into this (social work) post, in hundredths. */
  carried: number;
  ended: boolean;
  busy: boolean;
}

export const BOROUGHS = ['LBHF', 'RBKC', 'WCC'] as const;
const START = Date.UTC(2016, 3, 1);
/** The soak's calendar moves one day every this many commands, so dated rules stay satisfiable. */
const COMMANDS_PER_DAY = 25;

export class World {
  readonly people: Person[] = [];
  readonly cohorts: Cohort[] = [];
  readonly posts: Post[] = [];
  private issued = 0;

  constructor(private readonly rng: Rng) {}

  /** Counts one command issued and returns its day number (0 = 1 April 2016). */
  tick(): number {
    return Math.floor(this.issued++ / COMMANDS_PER_DAY);
  }

  get commandsIssued(): number {
    return this.issued;
  }

  static date(day: number): string {
    return new Date(START + day * 86_400_000).toISOString().slice(0, 10);
  }

  /** A random element satisfying `ok`, looking at a bounded number of candidates. */
  pick<T>(items: T[], ok: (item: T) => boolean, tries = 40): T | undefined {
    if (items.length === 0) return undefined;
    for (let i = 0; i < tries; i++) {
      const item = items[Math.floor(this.rng.next() * items.length)];
      if (ok(item)) return item;
    }
    return items.find(ok);
  }

  activePerson(ok: (p: Person) => boolean = () => true): Person | undefined {
    return this.pick(this.people, (p) => !p.left && !p.busy && ok(p));
  }

  openCohort(level: number, day: number): Cohort | undefined {
    return this.pick(this.cohorts, (c) => c.level === level && c.endsDay > day + 2);
  }

  post(ok: (p: Post) => boolean): Post | undefined {
    return this.pick(this.posts, (p) => !p.ended && !p.busy && ok(p));
  }

  /** A person's posts fall vacant when they leave. */
  vacateAllOf(staffId: string): void {
    for (const post of this.posts) if (post.holder === staffId) post.holder = undefined;
  }
}

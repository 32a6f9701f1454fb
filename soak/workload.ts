import type { Rng } from '../bench/rng.js';
import type { CommandPlan, ReadPlan } from './plans.js';
import { PostCommands } from './post-commands.js';
import { StaffCommands } from './staff-commands.js';
import { BOROUGHS, World } from './world.js';

export type { Role } from './plans.js';

/** Weights of the commands in the mix, loosely after a council's HR and clinical leads at work. */
const COMMANDS: [string, number][] = [
  ['hire', 14],
  ['change-details', 7],
  ['qualification', 5],
  ['leave', 1],
  ['schedule-cohort', 3],
  ['enrol', 14],
  ['record-outcome', 10],
  ['establish-post', 6],
  ['appoint', 7],
  ['vacate', 3],
  ['integrate', 2],
];
const TOTAL = COMMANDS.reduce((s, [, w]) => s + w, 0);
const READS = ['staff-list', 'cohort', 'pipeline-report', 'posts', 'tapering-dashboard'];
/** About two commands to one read. */
const READ_SHARE = 1 / 3;

/** Draws the next request of the mix; a command that finds nothing to act on becomes a hire. */
export class Workload {
  private readonly staff: StaffCommands;
  private readonly posts: PostCommands;

  constructor(
    private readonly world: World,
    private readonly rng: Rng,
  ) {
    this.staff = new StaffCommands(world, rng);
    this.posts = new PostCommands(world, rng);
  }

  next(): CommandPlan | ReadPlan {
    if (this.rng.chance(READ_SHARE)) return this.read(this.rng.pick(READS));
    let roll = this.rng.next() * TOTAL;
    const kind = COMMANDS.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'hire';
    const day = this.world.tick();
    return this.command(kind, day) ?? this.staff.hire(day);
  }

  private command(kind: string, day: number): CommandPlan | undefined {
    switch (kind) {
      case 'change-details':
        return this.staff.changeDetails(day);
      case 'qualification':
        return this.staff.qualification(day);
      case 'leave':
        return this.staff.leave(day);
      case 'schedule-cohort':
        return this.staff.schedule(day);
      case 'enrol':
        return this.staff.enrol(day);
      case 'record-outcome':
        return this.staff.recordOutcome(day);
      case 'establish-post':
        return this.posts.establish(day);
      case 'appoint':
        return this.posts.appoint(day);
      case 'vacate':
        return this.posts.vacate(day);
      case 'integrate':
        return this.posts.integrate(day);
      default:
        return undefined;
    }
  }

  private read(kind: string): ReadPlan {
    const borough = this.rng.pick(BOROUGHS);
    const cohort = this.world.pick(this.world.cohorts, () => true);
    switch (kind) {
      case 'staff-list':
        return { kind, role: 'hr', path: `/api/staff?borough=${borough}&pageSize=20` };
      case 'cohort':
        if (cohort) return { kind, role: 'hr', path: `/api/cohorts/${cohort.id}` };
        return { kind: 'pipeline-report', role: 'hr', path: '/api/reports/pipeline' };
      case 'pipeline-report':
        return { kind, role: 'hr', path: `/api/reports/pipeline?borough=${borough}` };
      case 'posts':
        return { kind, role: 'lead', path: `/api/posts?vacant=true&borough=${borough}&pageSize=20` };
      default:
        return { kind: 'tapering-dashboard', role: 'lead', path: `/api/dashboard/tapering?borough=${borough}` };
    }
  }
}

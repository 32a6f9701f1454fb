import type { Rng } from '../bench/rng.js';
import { plan, type CommandPlan } from './plans.js';
import { BOROUGHS, World } from './world.js';

const KINDS = [
  'social-work',
  'social-work',
  'social-work',
  'clinician',
  'clinician',
  'head-of-clinical-practice',
] as const;

/** A Head of Clinical Practice's commands: the establishment's posts and their holders. */
export class PostCommands {
  constructor(
    private readonly world: World,
    private readonly rng: Rng,
  ) {}

  establish(day: number): CommandPlan {
    const kind = this.rng.pick(KINDS);
    const wte = this.rng.pick([100, 100, 50]);
    const body = {
      title: `${kind} post`,
      kind,
      borough: this.rng.pick(BOROUGHS),
      wte: wte / 100,
      fundedBy: kind === 'social-work' ? 'council' : 'dfe',
      annualCostPence: kind === 'social-work' ? 4_200_000 : 6_000_000,
      establishedOn: World.date(day),
    };
    return plan('establish-post', 'lead', '/api/posts', body, (a) =>
      this.world.posts.push({ id: String(a.body.id), kind, wte, carried: 0, ended: false, busy: false }),
    );
  }

  /** A vacant post to someone with that much FTE free. */
  appoint(day: number): CommandPlan | undefined {
    const post = this.world.post((p) => p.holder === undefined);
    const person = post && this.world.activePerson((p) => p.fte - p.heldWte >= post.wte);
    if (!post || !person) return undefined;
    const body = { staffId: person.id, from: World.date(day) };
    const acknowledged = () => {
      post.holder = person.id;
      person.heldWte += post.wte;
    };
    return plan('appoint', 'lead', `/api/posts/${post.id}/appointments`, body, acknowledged, [post, person]);
  }

  vacate(day: number): CommandPlan | undefined {
    const post = this.world.post((p) => p.holder !== undefined);
    if (!post) return undefined;
    const acknowledged = () => {
      const holder = this.world.people.find((p) => p.id === post.holder);
      if (holder) holder.heldWte -= post.wte;
      post.holder = undefined;
    };
    return plan('vacate', 'lead', `/api/posts/${post.id}/vacancy`, { on: World.date(day) }, acknowledged, [post]);
  }

  /** A vacant clinician post into a social work post held by someone dual qualified. */
  integrate(day: number): CommandPlan | undefined {
    const clinician = this.world.post((p) => p.kind === 'clinician' && p.holder === undefined);
    const into =
      clinician &&
      this.world.post(
        (p) =>
          p.kind === 'social-work' &&
          p.wte - p.carried >= clinician.wte &&
          this.world.people.some((h) => h.id === p.holder && h.dual),
      );
    if (!clinician || !into) return undefined;
    const body = { intoPostId: into.id, on: World.date(day) };
    const acknowledged = () => {
      clinician.ended = true;
      into.carried += clinician.wte;
    };
    return plan('integrate', 'lead', `/api/posts/${clinician.id}/integration`, body, acknowledged, [clinician, into]);
  }
}

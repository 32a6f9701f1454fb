import type { Answer } from './client.js';

export type Role = 'hr' | 'lead';

export interface CommandPlan {
  kind: string;
  role: Role;
  path: string;
  body: unknown;
  /** Applies an acknowledged (2xx) answer to what the soak knows. */
  acknowledged(answer: Answer): void;
  /** Called whatever the answer (or none): releases what the plan reserved. */
  done(): void;
}

export interface ReadPlan {
  kind: string;
  role: Role;
  path: string;
}

/** A plan that reserves `busy` things (people, posts) until its answer, so clients do not collide on them. */
export function plan(
  kind: string,
  role: Role,
  path: string,
  body: unknown,
  acknowledged: (answer: Answer) => unknown,
  reserved: { busy: boolean }[] = [],
): CommandPlan {
  for (const r of reserved) r.busy = true;
  return {
    kind,
    role,
    path,
    body,
    acknowledged: (answer) => void acknowledged(answer),
    done: () => reserved.forEach((r) => (r.busy = false)),
  };
}

import type { DomainEvent } from './event.js';

/**
 * An aggregate as three pure functions. A command handler folds the stream with `evolve`
 * from `initialState`, asks `decide` and appends what it returns with the version it read.
 */
export interface Decider<C, S, E extends DomainEvent> {
  initialState: S;
  evolve(state: S, event: E): S;
  decide(command: C, state: S): E[];
}

export const fold = <S, E>(evolve: (s: S, e: E) => S, initial: S, events: readonly E[]): S =>
  events.reduce(evolve, initial);

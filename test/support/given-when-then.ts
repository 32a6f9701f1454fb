import { fold, type Decider } from '../../src/shared/decider.js';
import { DomainError, type DomainErrorKind } from '../../src/shared/domain-error.js';
import type { DomainEvent } from '../../src/shared/event.js';

/**
 * Aggregate specs that read as specifications:
 *
 *   given(staffDecider, [hired]).when(changeRole).then([roleChanged]);
 *   given(staffDecider, [hired, left]).when(changeRole).thenThrows('STAFF.HAS_LEFT');
 *
 * and, for a decision spanning two aggregates (the person and the cohort), with optional further
 * streams of the first kind (the people on a waiting list) by id:
 *
 *   given(enrolment, [hired], [scheduled]).when(enrol).then({ staff: [...], cohort: [...] });
 *   given(outcome, [hired, enrolled], [scheduled, ...], { bob: [bobHired] }).when(withdraw).then({...});
 */

/**
 * Having a `then` method makes this a thenable: finish every chain with `.then(...)` or
 * `.thenThrows(...)` and never `await` or return the bare result of `.when(...)`.
 */
export interface Outcome<R> {
  /** Asserts the exact result: the events, in order, and nothing else. */
  then(expected: R): void;
  /** Asserts a DomainError with this code (and kind, when given) and no result. */
  thenThrows(code: string, kind?: DomainErrorKind): DomainError;
}

/** A decision over two aggregates; `others` holds further states of the first kind by id. */
export interface TwoAggregateDecision<C, S1, E1 extends DomainEvent, S2, E2 extends DomainEvent, R> {
  first: Decider<never, S1, E1>;
  second: Decider<never, S2, E2>;
  decide(command: C, first: S1, second: S2, others: Readonly<Record<string, S1>>): R;
}

export const twoAggregateDecision = <C, S1, E1 extends DomainEvent, S2, E2 extends DomainEvent, R>(
  first: Decider<never, S1, E1>,
  second: Decider<never, S2, E2>,
  decide: (command: C, first: S1, second: S2, others: Readonly<Record<string, S1>>) => R,
): TwoAggregateDecision<C, S1, E1, S2, E2, R> => ({ first, second, decide });

const outcomeOf = <R>(run: () => R): Outcome<R> => ({
  then(expected: R): void {
    // Strict: an extra `undefined` field or a missing one is a different event.
    expect(run()).toStrictEqual(expected);
  },
  thenThrows(code: string, kind?: DomainErrorKind): DomainError {
    let result: R | undefined;
    try {
      result = run();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domainError = error as DomainError;
      expect({ code: domainError.code, ...(kind ? { kind: domainError.kind } : {}) }).toEqual({
        code,
        ...(kind ? { kind } : {}),
      });
      return domainError;
    }
    throw new Error(`expected ${code} to be thrown, but the decision returned ${JSON.stringify(result)}`);
  },
});

const isDecider = (value: object): value is Decider<unknown, unknown, DomainEvent> =>
  'initialState' in value && 'evolve' in value;

export function given<C, S, E extends DomainEvent>(
  decider: Decider<C, S, E>,
  history: readonly E[],
): { when(command: C): Outcome<E[]> };
export function given<C, S1, E1 extends DomainEvent, S2, E2 extends DomainEvent, R>(
  decision: TwoAggregateDecision<C, S1, E1, S2, E2, R>,
  firstHistory: readonly E1[],
  secondHistory: readonly E2[],
  others?: Readonly<Record<string, readonly E1[]>>,
): { when(command: C): Outcome<R> };
export function given(
  target:
    | Decider<unknown, unknown, DomainEvent>
    | TwoAggregateDecision<unknown, unknown, DomainEvent, unknown, DomainEvent, unknown>,
  firstHistory: readonly DomainEvent[],
  secondHistory: readonly DomainEvent[] = [],
  others: Readonly<Record<string, readonly DomainEvent[]>> = {},
): { when(command: unknown): Outcome<unknown> } {
  if (isDecider(target)) {
    const state = fold(target.evolve, target.initialState, firstHistory);
    return { when: (command) => outcomeOf(() => target.decide(command, state)) };
  }
  const { first, second } = target;
  const firstState = fold(first.evolve, first.initialState, firstHistory);
  const secondState = fold(second.evolve, second.initialState, secondHistory);
  const otherStates = Object.fromEntries(
    Object.entries(others).map(([id, history]) => [id, fold(first.evolve, first.initialState, history)]),
  );
  return { when: (command) => outcomeOf(() => target.decide(command, firstState, secondState, otherStates)) };
}

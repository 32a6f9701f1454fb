import { AsyncLocalStorage } from 'node:async_hooks';
import type { GlobalPosition } from '../shared/event.js';
import type { CrashPoint } from './crash-hook.js';

/**
 * What the first attempt of a retried command left in the store: nothing, events starting at
 * `position`, or `unknown` on a store that cannot look an event up by id (then every stream the
 * command reads is searched for its events instead).
 */
export type FirstAttempt =
  { committed: false } | { committed: true; position: GlobalPosition } | { committed: 'unknown' };

/**
 * The request a command runs for, as far as reading and appending need to know: set by the
 * idempotency interceptor around the handler, so that every load inside it (in whichever helper)
 * sees it without threading it through each call.
 */
export interface CommandScope {
  commandId: string;
  /**
   * This is a later attempt of a command whose earlier attempt may have committed (it crashed, or
   * answered 5xx, before its outcome was stored): streams are read as that attempt read them.
   */
  retry: boolean;
  /** Looked up once, on the first load of a retry. */
  firstAttempt?: Promise<FirstAttempt>;
  /** Set when an append found every one of its events stored already (nothing new was written). */
  replayedAppend: boolean;
  /** Test builds only: where to kill the process (see crash-hook.ts). */
  crash?: CrashPoint;
}

const scopes = new AsyncLocalStorage<CommandScope>();

export const inCommandScope = <T>(scope: CommandScope, run: () => T): T => scopes.run(scope, run);

export const commandScope = (): CommandScope | undefined => scopes.getStore();

import { DomainError } from '../../shared/domain-error.js';
import { STORE_UNAVAILABLE } from '../event-store.port.js';

export const DEFAULT_TIMEOUT_MS = 5000;

const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;
/** The client's CommandError `type`s that mean "the server did not answer in time, or at all". */
const UNREACHABLE_TYPES = new Set(['unavailable', 'deadline-exceeded', 'timeout']);

export class CallTimedOutError extends Error {
  constructor(operation: string, timeoutMs: number) {
    super(`${operation} got no answer within ${timeoutMs} ms`);
    this.name = 'CallTimedOutError';
  }
}

export const isUnreachable = (error: unknown): boolean => {
  if (error instanceof CallTimedOutError) return true;
  const { code, type } = (error ?? {}) as { code?: unknown; type?: unknown };
  return code === GRPC_UNAVAILABLE || code === GRPC_DEADLINE_EXCEEDED || UNREACHABLE_TYPES.has(type as string);
};

/**
 * Runs one call to the server with a hard time limit. The client's own deadlines are not enough:
 * its first call asks the server for its features before any deadline applies, so against a port
 * that accepts TCP and never answers it waits for ever; and reads go through a native bridge that
 * takes no deadline at all. The abandoned call is left to settle on its own (the race keeps its
 * late rejection handled). An unreachable server becomes STORE_UNAVAILABLE; other errors pass.
 */
export async function withTimeout<T>(operation: string, timeoutMs: number, call: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CallTimedOutError(operation, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(call), expired]);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError(STORE_UNAVAILABLE, `KurrentDB is unavailable (${operation}): ${reason}`, 'unavailable', {
      operation,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * multiStreamAppend takes no per-call deadline, only the client's default, which is set through
 * the connection string. A deadline the caller already wrote there is kept.
 */
export const withDefaultDeadline = (connectionString: string, timeoutMs: number): string => {
  if (/[?&]default[-_]?deadline=/i.test(connectionString)) return connectionString;
  const separator = connectionString.includes('?') ? '&' : '?';
  return `${connectionString}${separator}defaultDeadline=${timeoutMs}`;
};

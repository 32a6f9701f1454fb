import { ErrorType, type CurrentStreamState } from '@kurrent/kurrentdb-client';
import { DomainError } from '../../shared/domain-error.js';
import type { NewEvent } from '../../shared/event.js';
import { VERSION_CONFLICT, type ExpectedVersion, type StreamAppend } from '../event-store.port.js';
import { actualVersion } from './kurrentdb-mapping.js';

export const rejectEmpty = (events: NewEvent[]): void => {
  // As the PostgreSQL adapter does: an empty append has no last event to report.
  if (events.length === 0) throw new DomainError('EVENT_STORE.EMPTY_APPEND', 'Nothing to append', 'invalid');
};

/** A WrongExpectedVersionError (from either append path) as the port's conflict; anything else as it is. */
export const asConflict = (error: unknown, appends: StreamAppend[]): unknown => {
  const wrong = error as { type?: unknown; streamName?: string; actualState?: CurrentStreamState };
  if (wrong?.type !== ErrorType.WRONG_EXPECTED_VERSION) return error;
  const append = appends.find((a) => a.streamId === wrong.streamName) ?? appends[0];
  return conflictError(append.streamId, append.expected, actualVersion(wrong.actualState ?? 'no_stream'));
};

export const conflictError = (streamId: string, expected: ExpectedVersion, actual: number | null): DomainError =>
  new DomainError(
    VERSION_CONFLICT,
    `Stream ${streamId} is at version ${actual ?? 'none'}, expected ${expected}`,
    'conflict',
    { streamId, expected, actual },
  );

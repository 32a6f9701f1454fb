import { useCallback, useState } from 'react';
import { explainError, type ExplainedError } from '../api/error-words';
import { asBody } from './use-resource';

export interface Command {
  busy: boolean;
  errors: ExplainedError | null;
  /** Words saying what the last successful run did. */
  done: string | null;
  /** Runs the request; on a refusal the server's codes become words next to `fields`. */
  run(request: () => Promise<string | void>): Promise<boolean>;
  reset(): void;
}

export function useCommand(fields: readonly string[]): Command {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ExplainedError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fieldKey = fields.join(',');
  const run = useCallback(
    async (request: () => Promise<string | void>) => {
      setBusy(true);
      setErrors(null);
      setDone(null);
      try {
        setDone((await request()) ?? null);
        return true;
      } catch (error) {
        setErrors(explainError(asBody(error), fieldKey.split(',')));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fieldKey],
  );
  const reset = useCallback(() => {
    setErrors(null);
    setDone(null);
  }, []);
  return { busy, errors, done, run, reset };
}

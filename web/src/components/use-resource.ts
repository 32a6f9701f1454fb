import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';
import type { ErrorBody } from '../api/error-words';
import type { Query } from '../as-at/as-at-view';
import { useApi } from '../session/session-context';

export interface Resource<T> {
  data: T | null;
  error: ErrorBody | null;
  loading: boolean;
  reload(): void;
}

const asBody = (error: unknown): ErrorBody =>
  error instanceof ApiError ? error.body : { code: 'INTERNAL', message: String((error as Error)?.message ?? error) };

/** GETs `path` (null: nothing yet) and again whenever the path, query, as-at view or token change. */
export function useResource<T>(path: string | null, query: Query = {}): Resource<T> {
  const api = useApi();
  const [state, setState] = useState<{ data: T | null; error: ErrorBody | null; loading: boolean }>({
    data: null,
    error: null,
    loading: path !== null,
  });
  const [generation, setGeneration] = useState(0);
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    api.get<T>(path, JSON.parse(queryKey) as Query).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, error: asBody(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [api, path, queryKey, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

export { asBody };

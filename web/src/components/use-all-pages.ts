import { useEffect, useState } from 'react';
import type { ErrorBody } from '../api/error-words';
import type { Query } from '../as-at/as-at-view';
import { useApi } from '../session/session-context';
import { allPages } from './all-pages';
import { asBody } from './use-resource';

export function useAllPages<T>(path: string, query: Query = {}, generation = 0) {
  const api = useApi();
  const [state, setState] = useState<{ items: T[] | null; error: ErrorBody | null }>({ items: null, error: null });
  const key = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    allPages<T>(api, path, JSON.parse(key) as Query).then(
      (items) => current && setState({ items, error: null }),
      (error: unknown) => current && setState({ items: null, error: asBody(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, path, key, generation]);
  return state;
}

import type { ApiClient } from '../api/api-client';
import type { Page } from '../api/types';
import type { Query } from '../as-at/as-at-view';

/** Every item of a paged list (pages of 500, the API's largest). */
export async function allPages<T>(api: ApiClient, path: string, query: Query = {}): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await api.get<Page<T>>(path, { ...query, page, pageSize: 500 });
    items.push(...result.items);
    if (page * 500 >= result.total || result.items.length === 0) return items;
  }
}

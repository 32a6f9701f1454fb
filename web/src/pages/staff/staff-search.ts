import type { ApiClient } from '../../api/api-client';
import type { Page, Staff } from '../../api/types';
import type { Query } from '../../as-at/as-at-view';

const PAGE = 500;

/**
 * Finds people by name among those the filters select. The staff list endpoint filters by borough,
 * role, level and dual qualification only, so the name is matched here, over every page of the
 * filtered list (at 5,000 staff that is ten requests). A name filter belongs in the read model once
 * the as-at work on that query has landed (docs/decisions/0030-web-app.md).
 */
export async function searchByName(api: ApiClient, filters: Query, name: string): Promise<Staff[]> {
  const needle = name.trim().toLocaleLowerCase('en-GB');
  const found: Staff[] = [];
  for (let page = 1; ; page++) {
    const result = await api.get<Page<Staff>>('/api/staff', { ...filters, page, pageSize: PAGE });
    found.push(...result.items.filter((s) => s.name.toLocaleLowerCase('en-GB').includes(needle)));
    if (page * PAGE >= result.total || result.items.length === 0) return found;
  }
}

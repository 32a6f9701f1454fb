import { columns, csvShape, pageHeaders } from '../../http/csv/csv-shape.js';
import type { PostPageResponse, PostResponse } from './post.response.js';

/** GET /api/posts as CSV: one row per post of the page, with its current holder. */
export const POSTS_CSV = csvShape<PostPageResponse, PostResponse>({
  file: 'posts',
  rows: (page) => page.items,
  headers: pageHeaders,
  columns: columns<PostResponse>(
    ['post_id', (p) => p.id],
    ['title', (p) => p.title],
    ['kind', (p) => p.kind],
    ['borough', (p) => p.borough],
    ['wte', (p) => p.wte],
    ['funded_by', (p) => p.fundedBy],
    ['annual_cost_pence', (p) => p.annualCostPence],
    ['established_on', (p) => p.establishedOn],
    ['status', (p) => p.status],
    ['ended_on', (p) => p.endedOn],
    ['integrated_into', (p) => p.integratedInto],
    ['holder_staff_id', (p) => p.holder?.staffId],
    ['holder_from', (p) => p.holder?.from],
    ['integrated_wte', (p) => p.integratedWte],
    ['holders_so_far', (p) => p.holders.length],
    ['version', (p) => p.version],
  ),
});

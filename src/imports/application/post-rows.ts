import { fteToHundredths } from '../../shared/values.js';
import { AppointToPostCommand } from '../../posts/application/appoint-to-post.handler.js';
import { EstablishPostCommand } from '../../posts/application/establish-post.handler.js';
import type { PostRow } from '../domain/posts.layout.js';
import type { RowImporter } from './row-step.js';

const ESTABLISH_CODES = {
  'POSTS.ALREADY_ESTABLISHED': 'post_ref',
  'POSTS.INVALID_TITLE': 'title',
  'POSTS.INVALID_KIND': 'kind',
  'POSTS.INVALID_BOROUGH': 'borough',
  'POSTS.INVALID_WTE': 'wte',
  'POSTS.INVALID_FUNDER': 'funded_by',
  'POSTS.INVALID_COST': 'annual_cost',
  'POSTS.INVALID_DATE': 'established_on',
};

/** A post established, then its holder appointed if the row names one. */
export const postRows: RowImporter<PostRow> = {
  steps: (row, { commands, request }) => [
    {
      column: 'post_ref',
      codes: ESTABLISH_CODES,
      run: async () => {
        const { postId, title, kind, borough, wte, fundedBy, annualCostPence, establishedOn } = row;
        // 0.333 has no hundredths: NaN makes the decider refuse it with POSTS.INVALID_WTE.
        const wteHundredths = fteToHundredths(wte) ?? Number.NaN;
        const input = { postId, title, kind, borough, wteHundredths, fundedBy, annualCostPence, establishedOn };
        await commands.execute(new EstablishPostCommand(input, request));
        return 'post established';
      },
    },
    ...(row.holder
      ? [
          {
            column: 'holder_from',
            codes: { 'STAFF.NOT_FOUND': 'holder_employee_number', 'STAFF.HAS_LEFT': 'holder_employee_number' },
            run: async () => {
              const { staffId, from } = row.holder!;
              await commands.execute(new AppointToPostCommand({ postId: row.postId, staffId, from }, request));
              return 'holder appointed';
            },
          },
        ]
      : []),
  ],
};

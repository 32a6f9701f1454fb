import type { IsoDate } from '../../shared/values.js';
import type { HoldingsEvent } from './post-holdings.events.js';
import type { PostEvent } from './post.events.js';

type PostOrHoldings = PostEvent | HoldingsEvent;
type DataOf<T extends PostOrHoldings['type']> = Extract<PostOrHoldings, { type: T }>['data'];

/** When each post and holdings event takes effect (see STAFF_EFFECTIVE_DATES). */
export const POST_EFFECTIVE_DATES: { [T in PostOrHoldings['type']]: (data: DataOf<T>) => IsoDate } = {
  PostEstablished: (d) => d.establishedOn,
  PostHolderAppointed: (d) => d.from,
  PostVacated: (d) => d.on,
  PostDisestablished: (d) => d.on,
  PostIntegrated: (d) => d.integratedOn,
  ClinicianWorkIntegrated: (d) => d.integratedOn,
  PostTaken: (d) => d.from,
  PostReleased: (d) => d.on,
  HolderFteChanged: (d) => d.effectiveOn,
  HolderLeft: (d) => d.leftOn,
};

import { DomainError } from '../../shared/domain-error.js';
import type { IsoDate } from '../../shared/values.js';
import { holdingsEventsFor, type HoldingsEvent } from './post-holdings.events.js';
import { heldWteHundredths, type HoldingsState } from './post-holdings.state.js';
import { postDecider } from './post.decider.js';
import type { PostEvent } from './post.events.js';
import type { PostState } from './post.state.js';

/**
 * What a change to a person means for the posts they hold. Decided from their holdings stream
 * and appended there in the same atomic append as the staff event, so an appointment racing the
 * change is decided again on the state that won (the two meet on `holdings-<staffId>`).
 */

/** A new FTE must still cover the posts the person holds; the holdings stream records it. */
export const decideHolderFteChange = (
  holdings: HoldingsState,
  change: { staffId: string; fteHundredths: number; effectiveOn: IsoDate },
): HoldingsEvent[] => {
  const held = heldWteHundredths(holdings);
  if (change.fteHundredths < held) {
    const posts = Object.keys(holdings.held).sort();
    throw new DomainError(
      'STAFF.FTE_BELOW_POSTS_HELD',
      `${change.fteHundredths / 100} FTE would not cover the ${held / 100} WTE of posts held (${posts.join(', ')}); vacate a post first`,
      'rule',
      { fteHundredths: change.fteHundredths, heldWteHundredths: held, posts },
    );
  }
  return [{ type: 'HolderFteChanged', data: change }];
};

/**
 * A leaver's posts fall vacant on their leaving date, each by the post's own rule (a post cannot
 * be vacated before its last recorded change, for example), as the post's own events; the
 * holdings stream releases them and records the leaving, even when nothing was held.
 */
export const decideHolderLeaving = (
  heldPosts: PostState[],
  left: { staffId: string; leftOn: IsoDate },
): { posts: { postId: string; events: PostEvent[] }[]; holdings: HoldingsEvent[] } => {
  const posts = heldPosts.map((post) => ({
    postId: post.postId,
    events: postDecider.decide({ type: 'VacatePost', postId: post.postId, on: left.leftOn }, post),
  }));
  const released = posts.flatMap(({ events }) => holdingsEventsFor(events)[left.staffId] ?? []);
  return { posts, holdings: [...released, { type: 'HolderLeft', data: left }] };
};

import type { EventSourcing, PendingAppend } from '../../commands/event-sourcing.service.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { decideHolderFteChange, decideHolderLeaving } from '../domain/holder-changes.js';
import { holdingsStreamId } from '../domain/post-holdings.events.js';
import { evolveHoldings, initialHoldingsState } from '../domain/post-holdings.state.js';
import { postDecider } from '../domain/post.decider.js';
import { postStreamId } from '../domain/post.events.js';

const holdingsFolding = { initialState: initialHoldingsState, evolve: evolveHoldings };

/**
 * The posts side of a staff decision, to append in the same atomic step as the staff events:
 * an FTE change is checked against the posts held and noted on the holdings stream; a leaver's
 * posts fall vacant on their leaving date and their holdings record the leaving. Empty when the
 * staff events are neither. A concurrent appointment meets these appends on the holdings stream, so one of
 * the two is decided again on the state that won.
 */
export async function holderAppendsFor(eventSourcing: EventSourcing, events: StaffEvent[]): Promise<PendingAppend[]> {
  const appends: PendingAppend[] = [];
  for (const event of events) {
    if (event.type === 'StaffDetailsChanged' && event.data.fteHundredths !== undefined) {
      const { staffId, fteHundredths, effectiveOn } = event.data;
      const streamId = holdingsStreamId(staffId);
      const holdings = await eventSourcing.load(streamId, holdingsFolding);
      const noted = decideHolderFteChange(holdings.state, { staffId, fteHundredths, effectiveOn });
      appends.push({ streamId, expected: holdings.expected, events: noted });
    } else if (event.type === 'StaffLeft') {
      const { staffId, leftOn } = event.data;
      const streamId = holdingsStreamId(staffId);
      const holdings = await eventSourcing.load(streamId, holdingsFolding);
      const posts = await Promise.all(
        Object.keys(holdings.state.held).map((postId) => eventSourcing.load(postStreamId(postId), postDecider)),
      );
      const decided = decideHolderLeaving(
        posts.map((p) => p.state),
        { staffId, leftOn },
      );
      decided.posts.forEach(({ postId, events: postEvents }, i) =>
        appends.push({ streamId: postStreamId(postId), expected: posts[i].expected, events: postEvents }),
      );
      appends.push({ streamId, expected: holdings.expected, events: decided.holdings });
    }
  }
  return appends;
}

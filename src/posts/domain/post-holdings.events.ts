import type { IsoDate } from '../../shared/values.js';
import type { PostEvent } from './post.events.js';

/**
 * Events of the `holdings-<staffId>` stream: the posts one person holds. The rule "posts held
 * total at most the person's FTE" spans several post streams; deciding it from this one stream,
 * appended with its expected version in the same atomic append as the post's, means two
 * appointments of one person racing each other cannot both pass. It is the posts context's own
 * stream rather than events on `staff-<id>`, so the staff aggregate stays about the person.
 */
export const holdingsStreamId = (staffId: string): string => `holdings-${staffId}`;

export type PostTaken = {
  type: 'PostTaken';
  data: { staffId: string; postId: string; wteHundredths: number; from: IsoDate };
};

export type PostReleased = { type: 'PostReleased'; data: { staffId: string; postId: string; on: IsoDate } };

/** The person's FTE changed: recorded here so an appointment deciding at the same time must retry. */
export type HolderFteChanged = {
  type: 'HolderFteChanged';
  data: { staffId: string; fteHundredths: number; effectiveOn: IsoDate };
};

/** The person left (their posts were released just before): an appointment racing it must retry. */
export type HolderLeft = { type: 'HolderLeft'; data: { staffId: string; leftOn: IsoDate } };

export type HoldingsEvent = PostTaken | PostReleased | HolderFteChanged | HolderLeft;

/**
 * The holdings events mirroring a post decision: append them to `holdingsStreamId(staffId)` in
 * the same multi-stream append as the post events. Keyed by staff id; empty when the decision
 * changes no one's holdings.
 */
export const holdingsEventsFor = (postEvents: readonly PostEvent[]): Record<string, HoldingsEvent[]> => {
  const byPerson: Record<string, HoldingsEvent[]> = {};
  const add = (staffId: string, event: HoldingsEvent) => (byPerson[staffId] ??= []).push(event);
  for (const event of postEvents) {
    if (event.type === 'PostHolderAppointed') {
      const { staffId, postId, wteHundredths, from } = event.data;
      add(staffId, { type: 'PostTaken', data: { staffId, postId, wteHundredths, from } });
    } else if (event.type === 'PostVacated') {
      const { staffId, postId, on } = event.data;
      add(staffId, { type: 'PostReleased', data: { staffId, postId, on } });
    }
  }
  return byPerson;
};

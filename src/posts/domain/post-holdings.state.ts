import type { IsoDate } from '../../shared/values.js';
import type { HoldingsEvent } from './post-holdings.events.js';

export interface HoldingsState {
  /** Post id -> what is held; only posts held now. */
  held: Record<string, { wteHundredths: number; from: IsoDate }>;
}

export const initialHoldingsState: HoldingsState = { held: {} };

export const evolveHoldings = (state: HoldingsState, event: HoldingsEvent): HoldingsState => {
  switch (event.type) {
    case 'PostTaken': {
      const { postId, wteHundredths, from } = event.data;
      return { held: { ...state.held, [postId]: { wteHundredths, from } } };
    }
    case 'PostReleased': {
      const { [event.data.postId]: _released, ...rest } = state.held;
      return { held: rest };
    }
    case 'HolderFteChanged':
    case 'HolderLeft':
      return state;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

/** WTE held in posts other than `exceptPostId`: the `otherPostsHeldWteHundredths` of an appointment. */
export const heldWteHundredths = (state: HoldingsState, exceptPostId?: string): number =>
  Object.entries(state.held)
    .filter(([postId]) => postId !== exceptPostId)
    .reduce((sum, [, holding]) => sum + holding.wteHundredths, 0);

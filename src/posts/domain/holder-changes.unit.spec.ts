import { given } from '../../../test/support/given-when-then.js';
import { fold, type Decider } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
import { decideHolderFteChange, decideHolderLeaving } from './holder-changes.js';
import { holdingsEventsFor, type HoldingsEvent } from './post-holdings.events.js';
import { evolveHoldings, initialHoldingsState, type HoldingsState } from './post-holdings.state.js';
import { appointed, clinicianEstablished, established, vacated } from './post.fixtures.js';
import type { PostEvent } from './post.events.js';
import { evolvePost, initialPostState } from './post.state.js';

type FteChange = { staffId: string; fteHundredths: number; effectiveOn: string };

const holdings: Decider<FteChange, HoldingsState, HoldingsEvent> = {
  initialState: initialHoldingsState,
  evolve: evolveHoldings,
  decide: (change, state) => decideHolderFteChange(state, change),
};
const held = (...postEvents: PostEvent[]) => Object.values(holdingsEventsFor(postEvents)).flat();
const change = (fteHundredths: number): FteChange => ({ staffId: 'ana', fteHundredths, effectiveOn: '2017-09-01' });
const leaving = (leftOn: string) => ({ staffId: 'ana', leftOn });
const postAt = (...events: PostEvent[]) => fold(evolvePost, initialPostState, events);

describe('a holder changes FTE', () => {
  it('records the new FTE on the holdings stream when it still covers the posts held', () => {
    given(holdings, held(appointed('ana', '2016-05-01', 'sw1', 50), appointed('ana', '2016-05-01', 'sw2', 30)))
      .when(change(80))
      .then([{ type: 'HolderFteChanged', data: change(80) }]);
  });

  it('records it for someone holding no post, so a racing first appointment is decided again', () => {
    given(holdings, [])
      .when(change(20))
      .then([{ type: 'HolderFteChanged', data: change(20) }]);
  });

  it('counts only posts still held', () => {
    given(holdings, held(appointed('ana', '2016-05-01', 'sw1', 100), vacated('ana', '2017-04-01', 'sw1')))
      .when(change(10))
      .then([{ type: 'HolderFteChanged', data: change(10) }]);
  });

  it('refuses an FTE below the WTE of the posts held, naming them', () => {
    const error = given(
      holdings,
      held(appointed('ana', '2016-05-01', 'sw2', 50), appointed('ana', '2016-05-01', 'sw1', 30)),
    )
      .when(change(79))
      .thenThrows('STAFF.FTE_BELOW_POSTS_HELD', 'rule');
    expect(error.details).toEqual({ fteHundredths: 79, heldWteHundredths: 80, posts: ['sw1', 'sw2'] });
  });
});

describe('a holder leaves', () => {
  it('vacates every post they hold on their leaving date', () => {
    const sw1 = postAt(established('sw1'), appointed('ana', '2016-05-01', 'sw1'));
    const cl1 = postAt(clinicianEstablished('cl1', { wteHundredths: 40 }), appointed('ana', '2016-06-01', 'cl1', 40));
    expect(decideHolderLeaving([sw1, cl1], leaving('2018-03-31'))).toEqual({
      posts: [
        { postId: 'sw1', events: [vacated('ana', '2018-03-31', 'sw1')] },
        { postId: 'cl1', events: [vacated('ana', '2018-03-31', 'cl1')] },
      ],
      holdings: [
        { type: 'PostReleased', data: { staffId: 'ana', postId: 'sw1', on: '2018-03-31' } },
        { type: 'PostReleased', data: { staffId: 'ana', postId: 'cl1', on: '2018-03-31' } },
        { type: 'HolderLeft', data: leaving('2018-03-31') },
      ],
    });
  });

  it('records the leaving on the holdings stream even when no post is held, so a racing appointment retries', () => {
    expect(decideHolderLeaving([], leaving('2018-03-31'))).toEqual({
      posts: [],
      holdings: [{ type: 'HolderLeft', data: leaving('2018-03-31') }],
    });
  });

  it('refuses a leaving date before the appointment to a post they hold, with the post rule', () => {
    const sw1 = postAt(established('sw1'), appointed('ana', '2017-05-01', 'sw1'));
    let error: unknown;
    try {
      decideHolderLeaving([sw1], leaving('2017-04-30'));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'POSTS.DATE_BEFORE_LAST_CHANGE' });
  });
});

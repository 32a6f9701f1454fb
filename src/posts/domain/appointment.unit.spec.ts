import { given, twoAggregateDecision } from '../../../test/support/given-when-then.js';
import { fold } from '../../shared/decider.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { dualAttained, familyTherapyQualified, hired, left } from '../../staff/domain/staff.fixtures.js';
import { decideAppointment } from './appointment.decider.js';
import { holdingsEventsFor } from './post-holdings.events.js';
import { evolveHoldings, heldWteHundredths, initialHoldingsState } from './post-holdings.state.js';
import type { AppointToPost } from './post.commands.js';
import { postDecider } from './post.decider.js';
import { appointed, disestablished, established, vacated, workIntegrated } from './post.fixtures.js';

/** The post and the person, with `otherHeld` hundredths of WTE already held in other posts. */
const appointment = (otherHeld = 0) =>
  twoAggregateDecision(postDecider, staffDecider, (command: AppointToPost, post, staff) =>
    decideAppointment(command, post, staff, otherHeld),
  );

const appoint = (from = '2016-05-01', staffId = 'ana'): AppointToPost => ({
  type: 'AppointToPost',
  postId: 'sw1',
  staffId,
  from,
});

const part = (fteHundredths: number): StaffEvent[] => [hired('ana', { fteHundredths })];

const dualQualifiedBea: StaffEvent[] = [
  hired('bea', { registration: { number: 'SW200002', registeredOn: '2014-09-01' } }),
  familyTherapyQualified('bea', '2015-07-01'),
  dualAttained('2015-07-01', 'bea'),
];

describe('AppointToPost', () => {
  it('appoints a person, recording the post WTE they now hold', () => {
    given(appointment(), [established()], [hired()])
      .when(appoint())
      .then([appointed('ana', '2016-05-01')]);
  });

  it('appoints a full-time person to a half-time post', () => {
    given(appointment(), [established('sw1', { wteHundredths: 50 })], [hired()])
      .when(appoint())
      .then([appointed('ana', '2016-05-01', 'sw1', 50)]);
  });

  it('refuses a person whose FTE is below the post WTE', () => {
    const error = given(appointment(), [established()], part(60))
      .when(appoint())
      .thenThrows('POSTS.FTE_TOO_LOW', 'rule');
    expect(error.details).toEqual({ fteHundredths: 60, postWteHundredths: 100 });
  });

  it('appoints up to exactly the person FTE across posts', () => {
    given(appointment(40), [established('sw1', { wteHundredths: 60 })], [hired()])
      .when(appoint())
      .then([appointed('ana', '2016-05-01', 'sw1', 60)]);
  });

  it('refuses an appointment taking posts held past the person FTE', () => {
    const error = given(appointment(41), [established('sw1', { wteHundredths: 60 })], [hired()])
      .when(appoint())
      .thenThrows('POSTS.FTE_EXCEEDED', 'rule');
    expect(error.details).toEqual({ fteHundredths: 100, heldWteHundredths: 41, postWteHundredths: 60 });
  });

  it('refuses a person who has left', () => {
    given(appointment(), [established()], [hired(), left('ana', '2016-04-20')])
      .when(appoint())
      .thenThrows('STAFF.HAS_LEFT', 'rule');
  });

  it('refuses someone never hired', () => {
    given(appointment(), [established()], []).when(appoint()).thenThrows('STAFF.NOT_FOUND', 'not-found');
  });

  it('refuses an unknown post', () => {
    given(appointment(), [], [hired()]).when(appoint()).thenThrows('POSTS.NOT_FOUND', 'not-found');
  });

  it('refuses a disestablished post', () => {
    given(appointment(), [established(), disestablished('2016-04-15')], [hired()])
      .when(appoint())
      .thenThrows('POSTS.DISESTABLISHED', 'rule');
  });

  it('refuses a post someone holds', () => {
    given(appointment(), [established(), appointed('bea', '2016-04-01')], [hired()])
      .when(appoint())
      .thenThrows('POSTS.ALREADY_HELD', 'rule');
  });

  it('appoints the next holder from the day the post fell vacant', () => {
    given(appointment(), [established(), appointed('bea', '2016-04-01'), vacated('bea', '2017-01-01')], [hired()])
      .when(appoint('2017-01-01'))
      .then([appointed('ana', '2017-01-01')]);
  });

  it('refuses a start before the post last fell vacant', () => {
    given(appointment(), [established(), appointed('bea', '2016-04-01'), vacated('bea', '2017-01-01')], [hired()])
      .when(appoint('2016-12-31'))
      .thenThrows('POSTS.DATE_BEFORE_LAST_CHANGE', 'rule');
  });

  it('refuses a start before the post was established', () => {
    given(appointment(), [established('sw1', { establishedOn: '2016-06-01' })], [hired()])
      .when(appoint('2016-05-31'))
      .thenThrows('POSTS.DATE_BEFORE_ESTABLISHMENT', 'rule');
  });

  it('refuses a start before the person was hired', () => {
    given(appointment(), [established()], [hired('ana', { startedOn: '2016-06-01' })])
      .when(appoint('2016-05-31'))
      .thenThrows('STAFF.EFFECTIVE_BEFORE_START', 'rule');
  });

  it('refuses a bad date', () => {
    given(appointment(), [established()], [hired()])
      .when(appoint('2016-13-01'))
      .thenThrows('POSTS.INVALID_DATE', 'invalid');
  });

  describe('a social work post carrying integrated clinician work', () => {
    const carrying = [
      established(),
      appointed('bea', '2016-04-01'),
      workIntegrated('2018-04-01', 'bea'),
      vacated('bea', '2018-09-01'),
    ];

    it('takes a dual-qualified holder', () => {
      given(appointment(), carrying, dualQualifiedBea)
        .when(appoint('2018-09-01', 'bea'))
        .then([appointed('bea', '2018-09-01')]);
    });

    it('refuses a holder who is not dual qualified', () => {
      given(appointment(), carrying, [hired()])
        .when(appoint('2018-09-01'))
        .thenThrows('POSTS.HOLDER_NOT_DUAL_QUALIFIED', 'rule');
    });
  });
});

describe('a person’s holdings stream', () => {
  const holdings = (...events: Parameters<typeof holdingsEventsFor>[0]) =>
    fold(evolveHoldings, initialHoldingsState, Object.values(holdingsEventsFor(events)).flat());

  it('mirrors appointments and vacancies as PostTaken and PostReleased', () => {
    expect(holdingsEventsFor([appointed('ana', '2016-05-01', 'sw1', 60), vacated('ana', '2017-01-01', 'sw1')])).toEqual(
      {
        ana: [
          { type: 'PostTaken', data: { staffId: 'ana', postId: 'sw1', wteHundredths: 60, from: '2016-05-01' } },
          { type: 'PostReleased', data: { staffId: 'ana', postId: 'sw1', on: '2017-01-01' } },
        ],
      },
    );
  });

  it('records nothing for events that change no one’s holdings', () => {
    expect(holdingsEventsFor([established(), disestablished('2019-04-01')])).toEqual({});
  });

  it('sums the WTE of posts still held, leaving out the post being decided', () => {
    const state = holdings(
      appointed('ana', '2016-05-01', 'p1', 30),
      appointed('ana', '2016-05-01', 'p2', 20),
      appointed('ana', '2016-05-01', 'p3', 40),
      vacated('ana', '2017-01-01', 'p3'),
    );
    expect(heldWteHundredths(state)).toBe(50);
    expect(heldWteHundredths(state, 'p2')).toBe(30);
  });

  it('feeds the FTE rule: 0.5 held elsewhere leaves room for a 0.5 post, not a 0.6 one', () => {
    const other = heldWteHundredths(holdings(appointed('ana', '2016-04-01', 'p1', 50)), 'sw1');
    given(appointment(other), [established('sw1', { wteHundredths: 50 })], [hired()])
      .when(appoint())
      .then([appointed('ana', '2016-05-01', 'sw1', 50)]);
    given(appointment(other), [established('sw1', { wteHundredths: 60 })], [hired()])
      .when(appoint())
      .thenThrows('POSTS.FTE_EXCEEDED', 'rule');
  });
});

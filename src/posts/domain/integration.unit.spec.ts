import { given, twoAggregateDecision } from '../../../test/support/given-when-then.js';
import { fold } from '../../shared/decider.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import {
  dualAttained,
  familyTherapyQualified,
  hired,
  left,
  levelCompleted,
  registered,
} from '../../staff/domain/staff.fixtures.js';
import { evolveStaff, initialStaffState } from '../../staff/domain/staff.state.js';
import { decideIntegration } from './integration.decider.js';
import type { IntegratePost } from './post.commands.js';
import { postDecider } from './post.decider.js';
import {
  appointed,
  clinicianEstablished,
  disestablished,
  established,
  postIntegrated,
  vacated,
  workIntegrated,
} from './post.fixtures.js';

/** Clinician post first, social work post second, with the history of the social work post holder. */
const integration = (holderHistory?: StaffEvent[]) =>
  twoAggregateDecision(postDecider, postDecider, (command: IntegratePost, clinician, socialWork) =>
    decideIntegration(
      command,
      clinician,
      socialWork,
      holderHistory && fold(evolveStaff, initialStaffState, holderHistory),
    ),
  );

const integrate = (on = '2018-04-01', postId = 'cl1', intoPostId = 'sw1'): IntegratePost => ({
  type: 'IntegratePost',
  postId,
  intoPostId,
  on,
});

/** Registered in 2014, family-therapy qualified in 2015. */
const dualQualified: StaffEvent[] = [
  hired('bea', { registration: { number: 'SW200002', registeredOn: '2014-09-01' } }),
  familyTherapyQualified('bea', '2015-07-01'),
  dualAttained('2015-07-01', 'bea'),
];

const clinicianPost = [clinicianEstablished()];
const heldSocialWorkPost = [established(), appointed('bea', '2016-04-01')];

describe('IntegratePost', () => {
  it('ends the clinician post and records its WTE inside the social work post', () => {
    given(integration(dualQualified), clinicianPost, heldSocialWorkPost)
      .when(integrate())
      .then({
        clinicianPost: [postIntegrated('2018-04-01')],
        socialWorkPost: [workIntegrated('2018-04-01', 'bea')],
      });
  });

  it('integrates a part-time clinician post into a post already carrying some clinician work', () => {
    given(
      integration(dualQualified),
      [clinicianEstablished('cl2', { wteHundredths: 40 })],
      [...heldSocialWorkPost, workIntegrated('2018-04-01', 'bea', 'sw1', 'cl1', 60)],
    )
      .when(integrate('2018-04-01', 'cl2'))
      .then({
        clinicianPost: [postIntegrated('2018-04-01', 'cl2', 'sw1', 40)],
        socialWorkPost: [workIntegrated('2018-04-01', 'bea', 'sw1', 'cl2', 40)],
      });
  });

  it('refuses more clinician work than the social work post WTE', () => {
    given(
      integration(dualQualified),
      [clinicianEstablished('cl2', { wteHundredths: 50 })],
      [...heldSocialWorkPost, workIntegrated('2018-04-01', 'bea', 'sw1', 'cl1', 60)],
    )
      .when(integrate('2018-04-01', 'cl2'))
      .thenThrows('POSTS.INTEGRATED_WTE_EXCEEDS_POST', 'rule');
  });

  it('accepts a holder dual qualified by completing systemic level 4', () => {
    const viaLevel4 = [hired('bea'), registered('bea', '2016-05-01'), levelCompleted(4, '2018-03-31', 'c4', 'bea')];
    given(integration(viaLevel4), clinicianPost, heldSocialWorkPost)
      .when(integrate())
      .then({ clinicianPost: [postIntegrated('2018-04-01')], socialWorkPost: [workIntegrated('2018-04-01', 'bea')] });
  });

  it('refuses a holder who is not dual qualified', () => {
    const socialWorkerOnly = [hired('bea'), registered('bea', '2016-05-01')];
    given(integration(socialWorkerOnly), clinicianPost, heldSocialWorkPost)
      .when(integrate())
      .thenThrows('POSTS.HOLDER_NOT_DUAL_QUALIFIED', 'rule');
  });

  it('refuses a holder who becomes dual qualified only after the date', () => {
    const later = [hired('bea'), registered('bea', '2016-05-01'), levelCompleted(4, '2018-07-31', 'c4', 'bea')];
    const error = given(integration(later), clinicianPost, heldSocialWorkPost)
      .when(integrate('2018-04-01'))
      .thenThrows('POSTS.HOLDER_NOT_DUAL_QUALIFIED', 'rule');
    expect(error.details).toEqual({ staffId: 'bea', dualQualifiedSince: '2018-07-31' });
  });

  it('refuses a holder who has left', () => {
    given(integration([...dualQualified, left('bea', '2018-01-31')]), clinicianPost, heldSocialWorkPost)
      .when(integrate())
      .thenThrows('STAFF.HAS_LEFT', 'rule');
  });

  it('refuses a vacant social work post', () => {
    given(integration(), clinicianPost, [established()]).when(integrate()).thenThrows('POSTS.TARGET_VACANT', 'rule');
  });

  it('refuses a social work post not yet held on the date', () => {
    given(integration(dualQualified), clinicianPost, [established(), appointed('bea', '2018-05-01')])
      .when(integrate('2018-04-01'))
      .thenThrows('POSTS.TARGET_VACANT', 'rule');
  });

  it('refuses a post that is not a clinician post', () => {
    given(
      integration(dualQualified),
      [clinicianEstablished('cl1', { kind: 'head-of-clinical-practice' })],
      heldSocialWorkPost,
    )
      .when(integrate())
      .thenThrows('POSTS.NOT_A_CLINICIAN_POST', 'rule');
  });

  it('refuses a target that is not a social work post', () => {
    given(integration(dualQualified), clinicianPost, [clinicianEstablished('sw1'), appointed('bea', '2016-04-01')])
      .when(integrate())
      .thenThrows('POSTS.NOT_A_SOCIAL_WORK_POST', 'rule');
  });

  it('refuses a clinician post someone still holds', () => {
    given(integration(dualQualified), [...clinicianPost, appointed('cy', '2016-04-01', 'cl1')], heldSocialWorkPost)
      .when(integrate())
      .thenThrows('POSTS.HELD', 'rule');
  });

  it('integrates from the day the clinician post fell vacant, not before', () => {
    const vacatedClinician = [
      ...clinicianPost,
      appointed('cy', '2016-04-01', 'cl1'),
      vacated('cy', '2018-04-01', 'cl1'),
    ];
    given(integration(dualQualified), vacatedClinician, heldSocialWorkPost)
      .when(integrate('2018-04-01'))
      .then({ clinicianPost: [postIntegrated('2018-04-01')], socialWorkPost: [workIntegrated('2018-04-01', 'bea')] });
    given(integration(dualQualified), vacatedClinician, heldSocialWorkPost)
      .when(integrate('2018-03-31'))
      .thenThrows('POSTS.DATE_BEFORE_LAST_CHANGE', 'rule');
  });

  it('refuses a date before the clinician post was established', () => {
    given(
      integration(dualQualified),
      [clinicianEstablished('cl1', { establishedOn: '2018-06-01' })],
      heldSocialWorkPost,
    )
      .when(integrate('2018-04-01'))
      .thenThrows('POSTS.DATE_BEFORE_ESTABLISHMENT', 'rule');
  });

  it('refuses a clinician post already integrated', () => {
    given(
      integration(dualQualified),
      [...clinicianPost, postIntegrated('2018-04-01', 'cl1', 'sw2')],
      heldSocialWorkPost,
    )
      .when(integrate('2018-05-01'))
      .thenThrows('POSTS.INTEGRATED', 'rule');
  });

  it('refuses a disestablished social work post', () => {
    given(integration(dualQualified), clinicianPost, [established(), disestablished('2018-01-01')])
      .when(integrate())
      .thenThrows('POSTS.DISESTABLISHED', 'rule');
  });

  it('refuses unknown posts', () => {
    given(integration(dualQualified), [], heldSocialWorkPost)
      .when(integrate())
      .thenThrows('POSTS.NOT_FOUND', 'not-found');
    given(integration(dualQualified), clinicianPost, []).when(integrate()).thenThrows('POSTS.NOT_FOUND', 'not-found');
  });

  it('refuses a bad date', () => {
    given(integration(dualQualified), clinicianPost, heldSocialWorkPost)
      .when(integrate('April'))
      .thenThrows('POSTS.INVALID_DATE', 'invalid');
  });

  it('needs the holder state from the caller: another person is a programming error', () => {
    expect(() =>
      decideIntegration(
        integrate(),
        fold(postDecider.evolve, postDecider.initialState, clinicianPost),
        fold(postDecider.evolve, postDecider.initialState, heldSocialWorkPost),
        fold(evolveStaff, initialStaffState, [hired('zed')]),
      ),
    ).toThrow('decideIntegration needs the state of bea, who holds sw1');
  });
});

import { given } from '../../../test/support/given-when-then.js';
import type { DisestablishPost, EstablishPost, VacatePost } from './post.commands.js';
import { postDecider } from './post.decider.js';
import { postStreamId } from './post.events.js';
import {
  appointed,
  clinicianEstablished,
  disestablished,
  established,
  postIntegrated,
  vacated,
} from './post.fixtures.js';

const establish = (overrides: Partial<EstablishPost> = {}): EstablishPost => ({
  type: 'EstablishPost',
  postId: 'sw1',
  title: 'Social worker',
  kind: 'social-work',
  borough: 'LBHF',
  wteHundredths: 100,
  fundedBy: 'council',
  annualCostPence: 40_000_00,
  establishedOn: '2016-04-01',
  ...overrides,
});

const vacate = (on = '2017-01-01'): VacatePost => ({ type: 'VacatePost', postId: 'sw1', on });
const disestablish = (on = '2019-04-01'): DisestablishPost => ({ type: 'DisestablishPost', postId: 'sw1', on });

describe('post streams', () => {
  it('are named post-<id>', () => {
    expect(postStreamId('abc')).toBe('post-abc');
  });
});

describe('EstablishPost', () => {
  it('establishes a post with every detail', () => {
    given(postDecider, []).when(establish()).then([established()]);
  });

  it('establishes a part-time DfE-funded clinician post, title trimmed', () => {
    given(postDecider, [])
      .when(
        establish({
          title: ' Family therapist ',
          kind: 'clinician',
          wteHundredths: 50,
          fundedBy: 'dfe',
          borough: 'WCC',
        }),
      )
      .then([
        established('sw1', {
          title: 'Family therapist',
          kind: 'clinician',
          wteHundredths: 50,
          fundedBy: 'dfe',
          borough: 'WCC',
        }),
      ]);
  });

  it('accepts a post costing nothing to the programme', () => {
    given(postDecider, [])
      .when(establish({ annualCostPence: 0 }))
      .then([established('sw1', { annualCostPence: 0 })]);
  });

  it('refuses an id already used', () => {
    given(postDecider, [established()]).when(establish()).thenThrows('POSTS.ALREADY_ESTABLISHED', 'conflict');
  });

  it.each([
    ['title', { title: '  ' }, 'POSTS.INVALID_TITLE'],
    ['kind', { kind: 'nurse' }, 'POSTS.INVALID_KIND'],
    ['borough', { borough: 'Camden' }, 'POSTS.INVALID_BOROUGH'],
    ['WTE of 0', { wteHundredths: 0 }, 'POSTS.INVALID_WTE'],
    ['WTE over full time', { wteHundredths: 101 }, 'POSTS.INVALID_WTE'],
    ['fractional WTE hundredths', { wteHundredths: 50.5 }, 'POSTS.INVALID_WTE'],
    ['funder', { fundedBy: 'nhs' }, 'POSTS.INVALID_FUNDER'],
    ['negative cost', { annualCostPence: -1 }, 'POSTS.INVALID_COST'],
    ['fractional pence', { annualCostPence: 100.5 }, 'POSTS.INVALID_COST'],
    ['date', { establishedOn: '2016-02-30' }, 'POSTS.INVALID_DATE'],
  ] as const)('refuses a bad %s', (_what, overrides, code) => {
    given(postDecider, [])
      .when(establish(overrides as Partial<EstablishPost>))
      .thenThrows(code, 'invalid');
  });
});

describe('VacatePost', () => {
  it('records who left the post and from when it is vacant', () => {
    given(postDecider, [established(), appointed('ana', '2016-05-01')])
      .when(vacate('2017-01-01'))
      .then([vacated('ana', '2017-01-01')]);
  });

  it('allows vacating on the day of appointment (a correction)', () => {
    given(postDecider, [established(), appointed('ana', '2016-05-01')])
      .when(vacate('2016-05-01'))
      .then([vacated('ana', '2016-05-01')]);
  });

  it('refuses a vacant post', () => {
    given(postDecider, [established()]).when(vacate()).thenThrows('POSTS.VACANT', 'rule');
  });

  it('refuses a date before the appointment', () => {
    given(postDecider, [established(), appointed('ana', '2016-05-01')])
      .when(vacate('2016-04-30'))
      .thenThrows('POSTS.DATE_BEFORE_LAST_CHANGE', 'rule');
  });

  it('refuses a bad date', () => {
    given(postDecider, [established(), appointed('ana', '2016-05-01')])
      .when(vacate('soon'))
      .thenThrows('POSTS.INVALID_DATE', 'invalid');
  });

  it('refuses an unknown post', () => {
    given(postDecider, []).when(vacate()).thenThrows('POSTS.NOT_FOUND', 'not-found');
  });
});

describe('DisestablishPost', () => {
  it('ends a vacant post', () => {
    given(postDecider, [established()])
      .when(disestablish())
      .then([disestablished('2019-04-01')]);
  });

  it('ends a post once its holder has gone, not before the vacancy', () => {
    given(postDecider, [established(), appointed('ana', '2016-05-01'), vacated('ana', '2018-01-01')])
      .when(disestablish('2018-01-01'))
      .then([disestablished('2018-01-01')]);
    given(postDecider, [established(), appointed('ana', '2016-05-01'), vacated('ana', '2018-01-01')])
      .when(disestablish('2017-12-31'))
      .thenThrows('POSTS.DATE_BEFORE_LAST_CHANGE', 'rule');
  });

  it('refuses a held post: it must be vacated first', () => {
    const error = given(postDecider, [established(), appointed('ana', '2016-05-01')])
      .when(disestablish())
      .thenThrows('POSTS.HELD', 'rule');
    expect(error.details).toEqual({ holder: 'ana' });
  });

  it('refuses a date before the post was established', () => {
    given(postDecider, [established('sw1', { establishedOn: '2017-04-01' })])
      .when(disestablish('2017-03-31'))
      .thenThrows('POSTS.DATE_BEFORE_ESTABLISHMENT', 'rule');
  });

  it('refuses a post already disestablished', () => {
    given(postDecider, [established(), disestablished('2018-04-01')])
      .when(disestablish())
      .thenThrows('POSTS.DISESTABLISHED', 'rule');
  });

  it('refuses a clinician post already integrated', () => {
    given(postDecider, [clinicianEstablished('sw1'), postIntegrated('2018-04-01', 'sw1', 'sw9')])
      .when(disestablish())
      .thenThrows('POSTS.INTEGRATED', 'rule');
  });

  it('refuses an unknown post', () => {
    given(postDecider, []).when(disestablish()).thenThrows('POSTS.NOT_FOUND', 'not-found');
  });
});

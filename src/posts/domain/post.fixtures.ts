import type { IsoDate } from '../../shared/values.js';
import type {
  ClinicianWorkIntegrated,
  PostDisestablished,
  PostEstablished,
  PostHolderAppointed,
  PostIntegrated,
  PostVacated,
} from './post.events.js';

/** Event builders for specs. Posts start with Year 1 of the plan, 1 April 2016. */

export const established = (postId = 'sw1', overrides: Partial<PostEstablished['data']> = {}): PostEstablished => ({
  type: 'PostEstablished',
  data: {
    postId,
    title: 'Social worker',
    kind: 'social-work',
    borough: 'LBHF',
    wteHundredths: 100,
    fundedBy: 'council',
    annualCostPence: 40_000_00,
    establishedOn: '2016-04-01',
    ...overrides,
  },
});

export const clinicianEstablished = (postId = 'cl1', overrides: Partial<PostEstablished['data']> = {}) =>
  established(postId, {
    title: 'Family therapist',
    kind: 'clinician',
    fundedBy: 'dfe',
    annualCostPence: 60_000_00,
    ...overrides,
  });

export const appointed = (
  staffId: string,
  from: IsoDate,
  postId = 'sw1',
  wteHundredths = 100,
): PostHolderAppointed => ({
  type: 'PostHolderAppointed',
  data: { postId, staffId, wteHundredths, from },
});

export const vacated = (staffId: string, on: IsoDate, postId = 'sw1'): PostVacated => ({
  type: 'PostVacated',
  data: { postId, staffId, on },
});

export const disestablished = (on: IsoDate, postId = 'sw1'): PostDisestablished => ({
  type: 'PostDisestablished',
  data: { postId, on },
});

export const postIntegrated = (on: IsoDate, postId = 'cl1', intoPostId = 'sw1', wte = 100): PostIntegrated => ({
  type: 'PostIntegrated',
  data: { postId, intoPostId, integratedWteHundredths: wte, integratedOn: on },
});

export const workIntegrated = (
  on: IsoDate,
  heldBy: string,
  postId = 'sw1',
  fromPostId = 'cl1',
  wte = 100,
): ClinicianWorkIntegrated => ({
  type: 'ClinicianWorkIntegrated',
  data: { postId, fromPostId, integratedWteHundredths: wte, integratedOn: on, heldBy },
});

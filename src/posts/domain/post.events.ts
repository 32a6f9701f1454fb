import type { Borough, IsoDate } from '../../shared/values.js';

/** Events of the `post-<postId>` stream: one post of the establishment. */
export const postStreamId = (postId: string): string => `post-${postId}`;

export const POST_KINDS = ['clinician', 'head-of-clinical-practice', 'social-work'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const isPostKind = (value: unknown): value is PostKind => POST_KINDS.includes(value as PostKind);

export const FUNDERS = ['dfe', 'council'] as const;
export type Funder = (typeof FUNDERS)[number];
export const isFunder = (value: unknown): value is Funder => FUNDERS.includes(value as Funder);

/**
 * Dates: a start (`establishedOn`, `from`) is the first day of the thing; an end (`on` of a
 * vacancy or disestablishment, `integratedOn`) is the first day without it. A post
 * disestablished on 2019-04-01 therefore exists, and costs, up to 31 March 2019 and no further.
 */
export type PostEstablished = {
  type: 'PostEstablished';
  data: {
    postId: string;
    title: string;
    kind: PostKind;
    borough: Borough;
    /** 1..100 hundredths of a whole-time post. */
    wteHundredths: number;
    fundedBy: Funder;
    annualCostPence: number;
    establishedOn: IsoDate;
  };
};

/** Carries the post's WTE so a person's held WTE adds up without looking the post up. */
export type PostHolderAppointed = {
  type: 'PostHolderAppointed';
  data: { postId: string; staffId: string; wteHundredths: number; from: IsoDate };
};

export type PostVacated = { type: 'PostVacated'; data: { postId: string; staffId: string; on: IsoDate } };

export type PostDisestablished = { type: 'PostDisestablished'; data: { postId: string; on: IsoDate } };

/** Ends a separate clinician post: its work continues inside social work post `intoPostId`. */
export type PostIntegrated = {
  type: 'PostIntegrated';
  data: { postId: string; intoPostId: string; integratedWteHundredths: number; integratedOn: IsoDate };
};

/** The other side of PostIntegrated, on the social work post, with who held it then. */
export type ClinicianWorkIntegrated = {
  type: 'ClinicianWorkIntegrated';
  data: {
    postId: string;
    fromPostId: string;
    integratedWteHundredths: number;
    integratedOn: IsoDate;
    heldBy: string;
  };
};

export type PostEvent =
  PostEstablished | PostHolderAppointed | PostVacated | PostDisestablished | PostIntegrated | ClinicianWorkIntegrated;

export type PostEventType = PostEvent['type'];

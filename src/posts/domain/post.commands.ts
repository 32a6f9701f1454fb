import type { IsoDate } from '../../shared/values.js';

/**
 * Commands carry ids and every date. Kind, borough and funder are typed loosely because they
 * arrive from the API; the deciders validate them and answer with a coded `invalid` error.
 */
export type EstablishPost = {
  type: 'EstablishPost';
  postId: string;
  title: string;
  kind: string;
  borough: string;
  wteHundredths: number;
  fundedBy: string;
  annualCostPence: number;
  establishedOn: IsoDate;
};

/** Decided by `decideAppointment` over the post, the person and the WTE they already hold. */
export type AppointToPost = { type: 'AppointToPost'; postId: string; staffId: string; from: IsoDate };

export type VacatePost = { type: 'VacatePost'; postId: string; on: IsoDate };

export type DisestablishPost = { type: 'DisestablishPost'; postId: string; on: IsoDate };

/** Decided by `decideIntegration` over both posts and the social work post's holder. */
export type IntegratePost = { type: 'IntegratePost'; postId: string; intoPostId: string; on: IsoDate };

/** The commands of one post stream alone. */
export type PostCommand = EstablishPost | VacatePost | DisestablishPost;

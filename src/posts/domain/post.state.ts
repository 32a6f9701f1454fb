import type { Borough, IsoDate } from '../../shared/values.js';
import type { Funder, PostEvent, PostKind } from './post.events.js';

export interface PostHolder {
  staffId: string;
  from: IsoDate;
}

/** Clinician work carried inside a social work post. */
export interface IntegratedWork {
  fromPostId: string;
  wteHundredths: number;
  on: IsoDate;
}

export interface PostState {
  status: 'none' | 'established' | 'disestablished' | 'integrated';
  postId: string;
  title: string;
  kind: PostKind;
  borough: Borough;
  wteHundredths: number;
  fundedBy: Funder;
  annualCostPence: number;
  establishedOn: IsoDate;
  holder?: PostHolder;
  /** Latest date in the post's history: nothing may be dated before it, so the history reads in order. */
  lastDatedOn: IsoDate;
  /** First day without the post, once disestablished or integrated. */
  endedOn?: IsoDate;
  integratedInto?: string;
  integratedWork: IntegratedWork[];
}

export const initialPostState: PostState = {
  status: 'none',
  postId: '',
  title: '',
  kind: 'social-work',
  borough: 'LBHF',
  wteHundredths: 0,
  fundedBy: 'council',
  annualCostPence: 0,
  establishedOn: '',
  lastDatedOn: '',
  integratedWork: [],
};

export const evolvePost = (state: PostState, event: PostEvent): PostState => {
  switch (event.type) {
    case 'PostEstablished':
      return { ...initialPostState, ...event.data, status: 'established', lastDatedOn: event.data.establishedOn };
    case 'PostHolderAppointed': {
      const { staffId, from } = event.data;
      return { ...state, holder: { staffId, from }, lastDatedOn: from };
    }
    case 'PostVacated': {
      const { holder: _vacated, ...rest } = state;
      return { ...rest, lastDatedOn: event.data.on };
    }
    case 'PostDisestablished':
      return { ...state, status: 'disestablished', endedOn: event.data.on, lastDatedOn: event.data.on };
    case 'PostIntegrated': {
      const { integratedOn, intoPostId } = event.data;
      return {
        ...state,
        status: 'integrated',
        endedOn: integratedOn,
        integratedInto: intoPostId,
        lastDatedOn: integratedOn,
      };
    }
    case 'ClinicianWorkIntegrated': {
      const { fromPostId, integratedWteHundredths, integratedOn } = event.data;
      const work = { fromPostId, wteHundredths: integratedWteHundredths, on: integratedOn };
      return { ...state, integratedWork: [...state.integratedWork, work], lastDatedOn: integratedOn };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

/** Clinician WTE carried inside this (social work) post. */
export const integratedWteOf = (state: PostState): number =>
  state.integratedWork.reduce((sum, work) => sum + work.wteHundredths, 0);

import type { PostEvent } from '../domain/post.events.js';
import type { PostView } from './post-view.js';

export interface PostEventFacts {
  version: number;
  recordedAt: string;
}

/**
 * The post after one event of its stream; pure, so live following and a rebuild from zero give
 * the same rows. A stream whose first event is not an establishment has no view (undefined).
 */
export const evolvePostView = (
  view: PostView | undefined,
  e: PostEvent,
  facts: PostEventFacts,
): PostView | undefined => {
  const stamp = { version: facts.version, updatedAt: facts.recordedAt };
  if (e.type === 'PostEstablished') {
    const { postId, title, kind, borough, wteHundredths, fundedBy, annualCostPence, establishedOn } = e.data;
    return {
      postId,
      title,
      kind,
      borough,
      wteHundredths,
      fundedBy,
      annualCostPence,
      establishedOn,
      status: 'established',
      endedOn: null,
      integratedInto: null,
      holder: null,
      integratedWteHundredths: 0,
      holders: [],
      integratedWork: [],
      ...stamp,
    };
  }
  if (!view) return undefined;
  return { ...evolveExisting(view, e), ...stamp };
};

const evolveExisting = (view: PostView, e: Exclude<PostEvent, { type: 'PostEstablished' }>): PostView => {
  switch (e.type) {
    case 'PostHolderAppointed': {
      const { staffId, from } = e.data;
      return { ...view, holder: { staffId, from }, holders: [...view.holders, { staffId, from, to: null }] };
    }
    case 'PostVacated': {
      // The tenure being ended is the last one in the list, the only one without an end.
      const holders = view.holders.map((h, i) => (i === view.holders.length - 1 ? { ...h, to: e.data.on } : h));
      return { ...view, holder: null, holders };
    }
    case 'PostDisestablished':
      return { ...view, status: 'disestablished', endedOn: e.data.on };
    case 'PostIntegrated':
      return { ...view, status: 'integrated', endedOn: e.data.integratedOn, integratedInto: e.data.intoPostId };
    case 'ClinicianWorkIntegrated': {
      const { fromPostId, integratedWteHundredths, integratedOn, heldBy } = e.data;
      const work = { fromPostId, wteHundredths: integratedWteHundredths, on: integratedOn, heldBy };
      return {
        ...view,
        integratedWteHundredths: view.integratedWteHundredths + integratedWteHundredths,
        integratedWork: [...view.integratedWork, work],
      };
    }
    default: {
      const _exhaustive: never = e;
      return _exhaustive;
    }
  }
};

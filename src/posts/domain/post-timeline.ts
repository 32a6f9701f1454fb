import { pounds, tellTimeline, wte, type TimelineSource, type TimelineText } from '../../shared/timeline.js';
import type { PostEvent } from './post.events.js';

const told = (summary: string, effectiveOn: string) => ({ text: { summary, effectiveOn }, state: null });

const describe = (_: null, source: TimelineSource) => {
  const event = source as PostEvent;
  switch (event.type) {
    case 'PostEstablished': {
      const { title, kind, borough, wteHundredths, fundedBy, annualCostPence, establishedOn } = event.data;
      return told(
        `Established "${title}" (${kind}, ${borough}), WTE ${wte(wteHundredths)}, funded by ${fundedBy}, ${pounds(annualCostPence)} a year`,
        establishedOn,
      );
    }
    case 'PostHolderAppointed':
      return told(`Staff ${event.data.staffId} appointed (WTE ${wte(event.data.wteHundredths)})`, event.data.from);
    case 'PostVacated':
      return told(`Vacated by staff ${event.data.staffId}`, event.data.on);
    case 'PostDisestablished':
      return told('Disestablished', event.data.on);
    case 'PostIntegrated':
      return told(
        `Clinician work (WTE ${wte(event.data.integratedWteHundredths)}) integrated into social work post ${event.data.intoPostId}`,
        event.data.integratedOn,
      );
    case 'ClinicianWorkIntegrated':
      return told(
        `Took in clinician work (WTE ${wte(event.data.integratedWteHundredths)}) from post ${event.data.fromPostId}, held by staff ${event.data.heldBy}`,
        event.data.integratedOn,
      );
    default: {
      // A type this code does not know yet: told by its name alone.
      const _exhaustive: never = event;
      return null;
    }
  }
};

/** A post's stream told in words, one entry per event, in stream order. */
export const postTimeline = (events: readonly TimelineSource[]): TimelineText[] => tellTimeline(events, null, describe);

import type { Decider } from '../../shared/decider.js';
import { conflict, DomainError, invalid } from '../../shared/domain-error.js';
import { isBorough, isNonEmptyText } from '../../shared/values.js';
import type { DisestablishPost, EstablishPost, PostCommand, VacatePost } from './post.commands.js';
import { isFunder, isPostKind, type PostEvent } from './post.events.js';
import { requireInOrder, requireNotEnded, requirePostDate, requireVacant } from './post.guards.js';
import { evolvePost, initialPostState, type PostState } from './post.state.js';

const isWteHundredths = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100;

const establish = (command: EstablishPost, state: PostState): PostEvent[] => {
  if (state.status !== 'none') throw conflict('POSTS.ALREADY_ESTABLISHED', `Post ${command.postId} already exists`);
  const { postId, title, kind, borough, wteHundredths, fundedBy, annualCostPence } = command;
  if (!isNonEmptyText(title)) throw invalid('POSTS.INVALID_TITLE', 'title is required');
  if (!isPostKind(kind)) {
    throw invalid('POSTS.INVALID_KIND', 'kind must be clinician, head-of-clinical-practice or social-work');
  }
  if (!isBorough(borough)) throw invalid('POSTS.INVALID_BOROUGH', 'borough must be LBHF, RBKC or WCC');
  if (!isWteHundredths(wteHundredths)) {
    throw invalid('POSTS.INVALID_WTE', 'wteHundredths must be a whole number from 1 to 100 (100 = full time)');
  }
  if (!isFunder(fundedBy)) throw invalid('POSTS.INVALID_FUNDER', 'fundedBy must be dfe or council');
  if (!Number.isSafeInteger(annualCostPence) || annualCostPence < 0) {
    throw invalid('POSTS.INVALID_COST', 'annualCostPence must be a whole number of pence, 0 or more');
  }
  const establishedOn = requirePostDate(command.establishedOn, 'establishedOn');
  return [
    {
      type: 'PostEstablished',
      data: { postId, title: title.trim(), kind, borough, wteHundredths, fundedBy, annualCostPence, establishedOn },
    },
  ];
};

const vacate = (command: VacatePost, state: PostState): PostEvent[] => {
  requireNotEnded(state);
  const on = requirePostDate(command.on, 'on');
  const holder = state.holder;
  if (!holder) throw new DomainError('POSTS.VACANT', `post ${state.postId} is already vacant`);
  requireInOrder(state, on, 'on');
  return [{ type: 'PostVacated', data: { postId: state.postId, staffId: holder.staffId, on } }];
};

const disestablish = (command: DisestablishPost, state: PostState): PostEvent[] => {
  requireNotEnded(state);
  const on = requirePostDate(command.on, 'on');
  // Who held the post, and until when, is then always an explicit PostVacated.
  requireVacant(state, 'disestablished');
  requireInOrder(state, on, 'on');
  return [{ type: 'PostDisestablished', data: { postId: state.postId, on } }];
};

export const decidePost = (command: PostCommand, state: PostState): PostEvent[] => {
  switch (command.type) {
    case 'EstablishPost':
      return establish(command, state);
    case 'VacatePost':
      return vacate(command, state);
    case 'DisestablishPost':
      return disestablish(command, state);
    default: {
      const _exhaustive: never = command;
      throw invalid('POSTS.UNKNOWN_COMMAND', `unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** Appointment and integration span other aggregates: see `appointment.decider.ts`, `integration.decider.ts`. */
export const postDecider: Decider<PostCommand, PostState, PostEvent> = {
  initialState: initialPostState,
  evolve: evolvePost,
  decide: decidePost,
};

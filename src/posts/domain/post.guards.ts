import { DomainError, invalid, notFound } from '../../shared/domain-error.js';
import { isIsoDate, type IsoDate } from '../../shared/values.js';
import { dualQualifiedSince } from '../../staff/domain/dual-qualification.js';
import type { StaffState } from '../../staff/domain/staff.state.js';
import type { PostState } from './post.state.js';

/** Checks shared by the post decider and the decisions spanning a post and something else. */

export const requirePost = (post: PostState): void => {
  if (post.status === 'none') throw notFound('POSTS.NOT_FOUND', 'No such post');
};

/** An ended post takes no appointment, vacancy or integration: its history is closed. */
export const requireNotEnded = (post: PostState): void => {
  requirePost(post);
  if (post.status === 'disestablished') {
    throw new DomainError('POSTS.DISESTABLISHED', `post ${post.postId} was disestablished on ${post.endedOn}`);
  }
  if (post.status === 'integrated') {
    throw new DomainError(
      'POSTS.INTEGRATED',
      `post ${post.postId} was integrated into post ${post.integratedInto} on ${post.endedOn}`,
    );
  }
};

export const requirePostDate = (value: unknown, field: string): IsoDate => {
  if (!isIsoDate(value)) throw invalid('POSTS.INVALID_DATE', `${field} must be a calendar date YYYY-MM-DD`);
  return value;
};

/** Nothing happens to a post before it exists, nor before the last thing that happened to it. */
export const requireInOrder = (post: PostState, date: IsoDate, field: string): void => {
  if (date < post.establishedOn) {
    throw new DomainError(
      'POSTS.DATE_BEFORE_ESTABLISHMENT',
      `${field} ${date} is before post ${post.postId} was established on ${post.establishedOn}`,
    );
  }
  if (date < post.lastDatedOn) {
    throw new DomainError(
      'POSTS.DATE_BEFORE_LAST_CHANGE',
      `${field} ${date} is before the post's last change, dated ${post.lastDatedOn}`,
    );
  }
};

export const requireVacant = (post: PostState, doing: string): void => {
  if (post.holder) {
    throw new DomainError(
      'POSTS.HELD',
      `post ${post.postId} is held by ${post.holder.staffId}: vacate it before it is ${doing}`,
      'rule',
      { holder: post.holder.staffId },
    );
  }
};

/** Dual qualified on `on` itself: a qualification completed later does not reach back. */
export const requireDualQualifiedOn = (staff: StaffState, on: IsoDate, why: string): void => {
  const since = dualQualifiedSince(staff);
  if (since === undefined || since > on) {
    throw new DomainError(
      'POSTS.HOLDER_NOT_DUAL_QUALIFIED',
      `${staff.name} is not dual qualified on ${on}${since ? ` (only from ${since})` : ''}: ${why}`,
      'rule',
      { staffId: staff.staffId, ...(since ? { dualQualifiedSince: since } : {}) },
    );
  }
};

import { DomainError } from '../../shared/domain-error.js';
import { requireActive, requireOnOrAfterStart } from '../../staff/domain/staff.guards.js';
import type { StaffState } from '../../staff/domain/staff.state.js';
import type { AppointToPost } from './post.commands.js';
import type { PostEvent } from './post.events.js';
import { requireDualQualifiedOn, requireInOrder, requireNotEnded, requirePostDate } from './post.guards.js';
import { integratedWteOf, type PostState } from './post.state.js';

/**
 * Appointment spans the post and the person. `otherPostsHeldWteHundredths` is the WTE of the
 * posts the person holds besides this one: take it from their holdings stream
 * (`heldWteHundredths` of `holdings-<staffId>`) and append `holdingsEventsFor(events)` there in
 * the same atomic append, so concurrent appointments of one person cannot overrun their FTE.
 * The events returned are the post stream's.
 */
export const decideAppointment = (
  command: AppointToPost,
  post: PostState,
  staff: StaffState,
  otherPostsHeldWteHundredths: number,
): PostEvent[] => {
  requireNotEnded(post);
  requireActive(staff);
  if (staff.staffId !== command.staffId) {
    throw new Error(`decideAppointment was given the state of ${staff.staffId}, not ${command.staffId}`);
  }
  const from = requirePostDate(command.from, 'from');
  if (post.holder) {
    throw new DomainError('POSTS.ALREADY_HELD', `post ${post.postId} is held by ${post.holder.staffId}`, 'rule', {
      holder: post.holder.staffId,
    });
  }
  requireInOrder(post, from, 'from');
  requireOnOrAfterStart(staff, from, 'from');

  const fte = staff.fteHundredths;
  if (fte < post.wteHundredths) {
    throw new DomainError(
      'POSTS.FTE_TOO_LOW',
      `${staff.name} works ${fte / 100} FTE, less than the post's ${post.wteHundredths / 100} WTE`,
      'rule',
      { fteHundredths: fte, postWteHundredths: post.wteHundredths },
    );
  }
  const total = otherPostsHeldWteHundredths + post.wteHundredths;
  if (total > fte) {
    throw new DomainError(
      'POSTS.FTE_EXCEEDED',
      `${staff.name} already holds ${otherPostsHeldWteHundredths / 100} WTE; with this post ${total / 100}, over their ${fte / 100} FTE`,
      'rule',
      { fteHundredths: fte, heldWteHundredths: otherPostsHeldWteHundredths, postWteHundredths: post.wteHundredths },
    );
  }
  // Integrated clinician work stays with dual-qualified holders, as it was integrated.
  if (integratedWteOf(post) > 0) requireDualQualifiedOn(staff, from, 'the post carries integrated clinician work');

  const { postId, wteHundredths } = post;
  return [{ type: 'PostHolderAppointed', data: { postId, staffId: staff.staffId, wteHundredths, from } }];
};

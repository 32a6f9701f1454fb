import { DomainError } from '../../shared/domain-error.js';
import { requireActive } from '../../staff/domain/staff.guards.js';
import type { StaffState } from '../../staff/domain/staff.state.js';
import type { IntegratePost } from './post.commands.js';
import type { PostEvent } from './post.events.js';
import {
  requireDualQualifiedOn,
  requireInOrder,
  requireNotEnded,
  requirePostDate,
  requireVacant,
} from './post.guards.js';
import { integratedWteOf, type PostState } from './post.state.js';

/** Events for the two post streams; append both in one atomic multi-stream append. */
export interface IntegrationDecision {
  clinicianPost: PostEvent[];
  socialWorkPost: PostEvent[];
}

/**
 * Moves a separate clinician post into a social work post held by a dual-qualified person: the
 * clinician post ends, its WTE is recorded on the social work post. `holder` is the state of the
 * social work post's holder (undefined when it is vacant).
 */
export const decideIntegration = (
  command: IntegratePost,
  clinicianPost: PostState,
  socialWorkPost: PostState,
  holder: StaffState | undefined,
): IntegrationDecision => {
  requireNotEnded(clinicianPost);
  requireNotEnded(socialWorkPost);
  if (clinicianPost.kind !== 'clinician') {
    throw new DomainError('POSTS.NOT_A_CLINICIAN_POST', `post ${clinicianPost.postId} is a ${clinicianPost.kind} post`);
  }
  if (socialWorkPost.kind !== 'social-work') {
    throw new DomainError(
      'POSTS.NOT_A_SOCIAL_WORK_POST',
      `post ${socialWorkPost.postId} is a ${socialWorkPost.kind} post`,
    );
  }
  const on = requirePostDate(command.on, 'on');
  // Whoever held the clinician post is released explicitly first, as for a disestablishment.
  requireVacant(clinicianPost, 'integrated');
  requireInOrder(clinicianPost, on, 'on');
  const held = socialWorkPost.holder;
  if (!held || held.from > on) {
    throw new DomainError('POSTS.TARGET_VACANT', `social work post ${socialWorkPost.postId} is vacant on ${on}`);
  }
  requireInOrder(socialWorkPost, on, 'on');
  if (!holder || holder.staffId !== held.staffId) {
    throw new Error(`decideIntegration needs the state of ${held.staffId}, who holds ${socialWorkPost.postId}`);
  }
  requireActive(holder);
  requireDualQualifiedOn(holder, on, 'clinician work moves only to dual-qualified staff');

  const wte = clinicianPost.wteHundredths;
  const carried = integratedWteOf(socialWorkPost);
  if (carried + wte > socialWorkPost.wteHundredths) {
    throw new DomainError(
      'POSTS.INTEGRATED_WTE_EXCEEDS_POST',
      `post ${socialWorkPost.postId} (${socialWorkPost.wteHundredths / 100} WTE) already carries ${carried / 100} WTE of clinician work; ${wte / 100} more does not fit`,
      'rule',
      { postWteHundredths: socialWorkPost.wteHundredths, carriedWteHundredths: carried, integratingWteHundredths: wte },
    );
  }
  const ids = { postId: clinicianPost.postId, intoPostId: socialWorkPost.postId };
  return {
    clinicianPost: [{ type: 'PostIntegrated', data: { ...ids, integratedWteHundredths: wte, integratedOn: on } }],
    socialWorkPost: [
      {
        type: 'ClinicianWorkIntegrated',
        data: {
          postId: ids.intoPostId,
          fromPostId: ids.postId,
          integratedWteHundredths: wte,
          integratedOn: on,
          heldBy: held.staffId,
        },
      },
    ],
  };
};

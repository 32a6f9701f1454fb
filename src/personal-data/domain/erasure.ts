import { conflict, notFound } from '../../shared/domain-error.js';
import type { IsoDate } from '../../shared/values.js';
import type { StaffState } from '../../staff/domain/staff.state.js';
import { PERSONAL_DATA_ERASED, staffSubject } from './personal-fields.js';

/**
 * The record that a person's key was destroyed, on a stream of its own (`personal-data-<subject>`),
 * so the person's own stream and every fold of it stay as they were. Its reason stays in clear.
 */
export type PersonalDataErased = {
  type: typeof PERSONAL_DATA_ERASED;
  data: { subject: string; staffId: string; on: IsoDate };
};

export const erasureStreamId = (subject: string): string => `personal-data-${subject}`;

/**
 * Erasure is for leavers (UK GDPR: data no longer needed): while someone works here their record
 * is still needed, so it is refused until their leaving is recorded. Erased once, for good.
 */
export function decideErasure(
  staffId: string,
  person: StaffState,
  alreadyErased: boolean,
  on: IsoDate,
): PersonalDataErased[] {
  if (person.status === 'none') throw notFound('STAFF.NOT_FOUND', `No member of staff ${staffId}`);
  if (alreadyErased)
    throw conflict('PERSONAL_DATA.ALREADY_ERASED', `The personal data of ${staffId} is already erased`);
  if (person.status !== 'left')
    throw conflict(
      'PERSONAL_DATA.STILL_EMPLOYED',
      `${staffId} has not left: record their leaving before erasing their personal data`,
    );
  return [{ type: PERSONAL_DATA_ERASED, data: { subject: staffSubject(staffId), staffId, on } }];
}

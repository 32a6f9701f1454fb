import { DomainError, invalid, notFound } from '../../shared/domain-error.js';
import type { StaffState } from '../../staff/domain/staff.state.js';
import {
  requireCentreDate,
  requireCouncil,
  requireFromIntakeStart,
  requireSelected,
  requireTerms,
} from './centre.guards.js';
import type { RecordOnSiteSupport } from './intake.commands.js';
import type { CentreOnSiteSupportGiven } from './intake.events.js';
import { onSiteKey, type IntakeState } from './intake.state.js';

const HUNDREDTHS_IN_A_DAY = 2400;

/**
 * A day of on-site support at a selected council, given by a member of Triborough staff who was
 * employed that day. Its hours are time the staff member did not have for their own cases.
 */
export const decideOnSiteSupport = (
  command: RecordOnSiteSupport,
  intake: IntakeState,
  staff: StaffState,
): CentreOnSiteSupportGiven[] => {
  const terms = requireTerms(command.terms, command.intakeYear);
  const council = requireCouncil(intake, command.councilId, terms.year);
  requireSelected(council);
  const on = requireCentreDate(command.on, 'on');
  const hoursHundredths = command.hoursHundredths ?? terms.onSiteHoursPerDayHundredths;
  if (!Number.isInteger(hoursHundredths) || hoursHundredths < 1 || hoursHundredths > HUNDREDTHS_IN_A_DAY) {
    throw invalid('CENTRE.INVALID_HOURS', 'hours must be more than 0 and at most 24, in hundredths at most');
  }
  if (staff.status === 'none') throw notFound('STAFF.NOT_FOUND', `no member of staff ${command.staffId}`);
  requireFromIntakeStart(on, terms.startsOn, 'on');
  const left = staff.leftOn !== undefined && staff.leftOn <= on;
  if (on < staff.startedOn || left) {
    throw new DomainError(
      'CENTRE.STAFF_NOT_EMPLOYED',
      `${staff.name} was not Triborough staff on ${on} (from ${staff.startedOn}${staff.leftOn ? ` to ${staff.leftOn}` : ''})`,
      'rule',
      { staffId: staff.staffId },
    );
  }
  if (council.onSite.includes(onSiteKey(staff.staffId, on))) {
    throw new DomainError(
      'CENTRE.ON_SITE_SUPPORT_ALREADY_RECORDED',
      `${staff.name}'s support at ${council.name} on ${on} is already recorded`,
    );
  }
  const data = { intakeYear: terms.year, councilId: council.councilId, staffId: staff.staffId, on, hoursHundredths };
  return [{ type: 'CentreOnSiteSupportGiven', data }];
};

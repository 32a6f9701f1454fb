import type { ParticipantPlaces } from '../../plan/domain/centre-plan.js';
import type { PlanDocument } from '../../plan/domain/plan-document.js';
import type { IsoDate } from '../../shared/values.js';

/**
 * What the plan in force says about one intake, handed to the deciders with each command: the
 * rules (closing date, councils, places) are the plan's configuration, never code.
 */
export interface IntakeTerms {
  year: number;
  selectionClosesOn: IsoDate;
  startsOn: IsoDate;
  /** Last day of the programme year the intake starts in. */
  yearEndsOn: IsoDate;
  councils: number;
  placesPerCouncil: ParticipantPlaces;
  /** The plan's fee per participant for the intake's year. */
  feePence: number;
  /** A default day of on-site support, in hundredths of an hour. */
  onSiteHoursPerDayHundredths: number;
}

/** The terms of the intake starting in programme year `year`; undefined when the plan has none. */
export const intakeTermsOf = (plan: PlanDocument | undefined, year: number): IntakeTerms | undefined => {
  const centre = plan?.centre;
  const key = String(year);
  const intake = centre && Object.hasOwn(centre.intakes, key) ? centre.intakes[key] : undefined;
  const calendarYear = plan?.calendar.find((entry) => entry.year === year);
  if (!centre || !intake || !calendarYear) return undefined;
  return {
    year,
    selectionClosesOn: intake.selectionClosesOn,
    startsOn: intake.startsOn,
    yearEndsOn: calendarYear.endsOn,
    councils: intake.councils,
    placesPerCouncil: intake.placesPerCouncil,
    feePence: centre.feesPencePerParticipant[key] ?? 0,
    onSiteHoursPerDayHundredths: centre.onSiteHoursPerDayHundredths,
  };
};

import type { IsoDate } from '../../shared/values.js';
import type { Qualification } from './staff.events.js';

/**
 * Commands carry everything `decide` needs: ids, and every date as the user states it. Text
 * fields are typed loosely on purpose (borough, role, level arrive from the API as strings or
 * numbers); the decider validates them and answers with a coded `invalid` error.
 * `fte` is the decimal the user typed (0.6); events store it as integer hundredths.
 */
export type HireStaff = {
  type: 'HireStaff';
  staffId: string;
  name: string;
  borough: string;
  role: string;
  fte: number;
  startedOn: IsoDate;
  registration?: { number: string; registeredOn: IsoDate };
};

/** Any subset of role, FTE and borough; fields equal to the current value are ignored. */
export type ChangeStaffDetails = {
  type: 'ChangeStaffDetails';
  staffId: string;
  effectiveOn: IsoDate;
  role?: string;
  fte?: number;
  borough?: string;
};

export type RecordLeaving = { type: 'RecordLeaving'; staffId: string; leftOn: IsoDate; reason: string };

export type RecordQualification = {
  type: 'RecordQualification';
  staffId: string;
  qualification: Qualification;
  evidenceRef: string;
  achievedOn: IsoDate;
};

export type RecordRegistrationLapse = {
  type: 'RecordRegistrationLapse';
  staffId: string;
  lapsedOn: IsoDate;
  reason?: string;
};

export type StaffCommand =
  HireStaff | ChangeStaffDetails | RecordLeaving | RecordQualification | RecordRegistrationLapse;

import { CountField, DateField, ReasonField } from './caseload-fields.js';

/** Bodies of the caseload commands. Counts only: no child's or family's details ever enter cadre. */

export class CaseloadCountRequest {
  @DateField('The day the count is as at (a stocktake)')
  on: string;

  @CountField('Open cases held that day; below zero is 422 CASELOADS.NEGATIVE_COUNT')
  openCases: number;

  @ReasonField('Monthly supervision stocktake')
  reason: string;
}

export class CaseMovementRequest {
  @DateField('The day the cases were allocated or closed')
  on: string;

  @CountField('How many cases', 1)
  cases: number;

  @ReasonField('Allocation meeting')
  reason: string;
}

export class CaseloadCapRequest {
  @DateField('First day the individual cap applies')
  from: string;

  @CountField('The most open cases for this person, in place of the plan cap (not pro rata)', 0)
  maxOpenCases: number;

  @ReasonField('Phased return after illness')
  reason: string;
}

export class CaseloadCapClearanceRequest {
  @DateField('First day the plan cap applies again')
  from: string;

  @ReasonField('Phased return complete')
  reason: string;
}

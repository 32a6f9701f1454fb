import type { IsoDate } from '../../shared/values.js';

/**
 * Commands carry numbers as the API received them; the decider checks them and answers with a
 * coded error. `reason` is required on every one: it goes into each event's metadata, and a
 * caseload's history must say why it changed.
 */
export type RecordCaseloadCount = {
  type: 'RecordCaseloadCount';
  staffId: string;
  on: IsoDate;
  openCases: number;
  reason: string;
};

export type RecordCaseAllocations = {
  type: 'RecordCaseAllocations';
  staffId: string;
  on: IsoDate;
  cases: number;
  reason: string;
};

export type RecordCaseClosures = {
  type: 'RecordCaseClosures';
  staffId: string;
  on: IsoDate;
  cases: number;
  reason: string;
};

export type SetCaseloadCap = {
  type: 'SetCaseloadCap';
  staffId: string;
  from: IsoDate;
  maxOpenCases: number;
  reason: string;
};

export type ClearCaseloadCap = { type: 'ClearCaseloadCap'; staffId: string; from: IsoDate; reason: string };

export type CaseloadCommand =
  RecordCaseloadCount | RecordCaseAllocations | RecordCaseClosures | SetCaseloadCap | ClearCaseloadCap;

/** The spreadsheet import's report, as src/imports/domain/import-report.ts answers it. */

export const IMPORT_KINDS = ['staff', 'qualifications', 'enrolments', 'posts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportProblem {
  /** The file's physical line, the header being line 1. */
  line: number;
  /** Null when the row as a whole is at fault. */
  column: string | null;
  code: string;
  message: string;
}

export type ImportStatus = 'imported' | 'checked' | 'rejected' | 'nothing-to-import';

export interface ImportReport {
  kind: ImportKind;
  file: string;
  sha256: string;
  dryRun: boolean;
  status: ImportStatus;
  rows: number;
  toImport: number;
  alreadyImported: number;
  duplicates: number;
  problems: ImportProblem[];
  outcomes: Record<string, number>;
  events: number;
  readModelsCaughtUp: boolean | null;
  seconds: { check: number; write: number; settle: number };
}

/** A 422 IMPORT.REJECTED carries the report as its details. */
export const isImportReport = (value: unknown): value is ImportReport => {
  const report = value as Partial<ImportReport> | null;
  return !!report && typeof report.status === 'string' && Array.isArray(report.problems);
};

import type { ImportKind, RowProblem } from './layout.js';

/**
 * - `imported`: every row not already in was checked and written.
 * - `checked`: a dry run found nothing wrong; `toImport` rows would be written.
 * - `rejected`: at least one problem; nothing was written (a dry run says the same of a real run).
 * - `nothing-to-import`: every row is in already.
 */
export type ImportStatus = 'imported' | 'checked' | 'rejected' | 'nothing-to-import';

export interface ImportReport {
  kind: ImportKind;
  file: string;
  sha256: string;
  dryRun: boolean;
  status: ImportStatus;
  /** Data rows in the file (the header and blank lines not counted). */
  rows: number;
  /** Rows whose commands were (or, in a dry run, would be) written. */
  toImport: number;
  /** Rows whose content is in the store already, from this file or another. */
  alreadyImported: number;
  /** Rows repeating an earlier row of the same file word for word. */
  duplicates: number;
  /** Every problem found, by line. */
  problems: RowProblem[];
  /** What the commands did, counted: `hired`, `cohort scheduled`, `enrolled`, `completed`, … */
  outcomes: Record<string, number>;
  /** Events written (or that would be). */
  events: number;
  /** False when the read models had not caught up with the import by the time the answer was sent. */
  readModelsCaughtUp: boolean | null;
  seconds: { check: number; write: number; settle: number };
}

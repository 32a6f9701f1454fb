import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { StagedWrites } from '../../commands/staged-writes.js';
import { IMPORT_LEDGER, type ImportLedger } from '../../event-store/import-ledger.js';
import { DomainError } from '../../shared/domain-error.js';
import type { GlobalPosition } from '../../shared/event.js';
import type { ImportReport } from '../domain/import-report.js';
import { matchHeader, readRow, rowKeyOf, type ImportKind, type RowProblem } from '../domain/layout.js';
import { LAYOUTS, ROW_IMPORTERS } from './kinds.js';
import { readCsv } from './read-csv.js';
import type { RowContext, RowImporter } from './row-step.js';

export interface ImportProgress {
  phase: 'check' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** The file's name as the user knows it; recorded in every event's metadata. */
  file: string;
  dryRun: boolean;
  actor: { username: string; id?: string };
  onProgress?: (progress: ImportProgress) => void;
  /** How long to wait for the read models after writing; 0 leaves that to the caller. */
  settleTimeoutMs?: number;
}

export interface ImportResult {
  report: ImportReport;
  /** Where the last event landed, to wait for the read models; null when nothing was written. */
  position: GlobalPosition | null;
}

interface CheckedRow {
  line: number;
  row: unknown;
  rowKey: string;
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

/**
 * Imports one CSV file of one kind, all or nothing (docs/decisions/0040-imports.md): every row is
 * decided, in order, by the ordinary command handlers on the state the rows before it leave, with
 * nothing written; only when no row has a problem is everything written, in one transaction where
 * the store allows it. Rows already in the store (by content) are skipped, so importing a file again
 * changes nothing.
 */
@Injectable()
export class Importer {
  constructor(
    private readonly commands: CommandBus,
    private readonly eventSourcing: EventSourcing,
    @Inject(IMPORT_LEDGER) private readonly ledger: ImportLedger,
  ) {}

  async run(kind: ImportKind, bytes: Buffer, options: ImportOptions): Promise<ImportResult> {
    const started = Date.now();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const report: ImportReport = {
      kind,
      file: options.file,
      sha256,
      dryRun: options.dryRun,
      status: 'rejected',
      rows: 0,
      toImport: 0,
      alreadyImported: 0,
      duplicates: 0,
      problems: [],
      outcomes: {},
      events: 0,
      readModelsCaughtUp: null,
      seconds: { check: 0, write: 0, settle: 0 },
    };
    const { rows, problems } = await this.readRows(kind, bytes, report);
    const staged = new StagedWrites();
    if (rows.length > 0) await this.decideRows(kind, rows, staged, problems, report, options, sha256);
    report.problems = problems.sort((a, b) => a.line - b.line);
    report.events = staged.eventCount;
    report.seconds.check = seconds(started);
    if (report.problems.length > 0) return { report: { ...report, status: 'rejected' }, position: null };
    if (staged.commands.length === 0) return { report: { ...report, status: 'nothing-to-import' }, position: null };
    if (options.dryRun) return { report: { ...report, status: 'checked' }, position: null };

    const writing = Date.now();
    const total = staged.commands.length;
    options.onProgress?.({ phase: 'write', done: 0, total });
    const position = await this.eventSourcing.commit(staged, (done) =>
      options.onProgress?.({ phase: 'write', done, total }),
    );
    report.seconds.write = seconds(writing);
    const settling = Date.now();
    if (options.settleTimeoutMs)
      report.readModelsCaughtUp = await this.eventSourcing.settle(position, options.settleTimeoutMs);
    report.seconds.settle = seconds(settling);
    return { report: { ...report, status: 'imported' }, position };
  }

  /** Parses the file and reads every row as its kind's typed row; rows already imported are set aside. */
  private async readRows(
    kind: ImportKind,
    bytes: Buffer,
    report: ImportReport,
  ): Promise<{ rows: CheckedRow[]; problems: RowProblem[] }> {
    const layout = LAYOUTS[kind];
    const table = readCsv(bytes);
    const problems = [...table.problems];
    report.rows = table.records.length;
    if (table.header.length === 0 && problems.length === 0)
      problems.push({ line: 1, column: null, code: 'VALIDATION.EMPTY_FILE', message: 'the file has no header row' });
    if (table.header.length === 0) return { rows: [], problems };
    const header = matchHeader(layout, table.header);
    problems.push(...header.problems.map((p) => ({ ...p, line: table.headerLine })));
    // Without a required column every row would fail the same way: the header problem says it once.
    if (header.problems.some((p) => p.code === 'VALIDATION.MISSING_COLUMN')) return { rows: [], problems };
    const rows: CheckedRow[] = [];
    for (const record of table.records) {
      const extra = record.cells.slice(table.header.length).some((c) => c.trim() !== '');
      if (extra) {
        problems.push({
          line: record.line,
          column: null,
          code: 'VALIDATION.COLUMN_COUNT',
          message: `${record.cells.length} cells where the header has ${table.header.length}`,
        });
        continue;
      }
      const read = readRow(layout, header.indexes, record.cells);
      if ('problems' in read) problems.push(...read.problems.map((p) => ({ ...p, line: record.line })));
      else rows.push({ line: record.line, row: read.row, rowKey: rowKeyOf(kind, read.values) });
    }
    return { rows, problems };
  }

  private async decideRows(
    kind: ImportKind,
    rows: CheckedRow[],
    staged: StagedWrites,
    problems: RowProblem[],
    report: ImportReport,
    options: ImportOptions,
    sha256: string,
  ): Promise<void> {
    const importer = ROW_IMPORTERS[kind] as RowImporter<unknown>;
    const ledger = await this.ledger.imported(rows.map((r) => r.rowKey));
    const fresh = rows.filter((r) => !ledger.has(r.rowKey));
    report.alreadyImported += rows.length - fresh.length;
    // A row repeating one already accepted is skipped; one repeating a refused row is refused too.
    const accepted = new Set<string>();
    const ordered = importer.order ? (importer.order(fresh) as CheckedRow[]) : fresh;
    const earliestUse = importer.earliestUse?.(fresh.map((r) => r.row)) ?? new Map();
    const correlationId = randomUUID();
    let done = 0;
    options.onProgress?.({ phase: 'check', done, total: ordered.length });
    for (const { line, row, rowKey } of ordered) {
      if (accepted.has(rowKey)) {
        report.duplicates++;
        options.onProgress?.({ phase: 'check', done: ++done, total: ordered.length });
        continue;
      }
      const request: RequestContext = {
        actor: options.actor.username,
        ...(options.actor.id ? { actorId: options.actor.id } : {}),
        correlationId,
        import: { kind, file: options.file, sha256, line, rowKey },
      };
      const context: RowContext = { commands: this.commands, eventSourcing: this.eventSourcing, request, earliestUse };
      const mark = staged.mark();
      const before = staged.commands.length;
      const outcomes: string[] = [];
      const problem = await this.eventSourcing.staged(staged, async () => {
        for (const step of await importer.steps(row, context)) {
          try {
            const outcome = await step.run();
            if (outcome) outcomes.push(outcome);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            return { line, column: step.codes?.[error.code] ?? step.column, code: error.code, message: error.message };
          }
        }
        return null;
      });
      if (problem) {
        staged.rollbackTo(mark);
        problems.push(problem);
      } else if (staged.commands.length === before) {
        // Nothing to do for it (a leaving recorded already): as good as in.
        accepted.add(rowKey);
        report.alreadyImported++;
      } else {
        accepted.add(rowKey);
        report.toImport++;
        for (const o of outcomes) report.outcomes[o] = (report.outcomes[o] ?? 0) + 1;
      }
      done++;
      if (done % 100 === 0 || done === ordered.length)
        options.onProgress?.({ phase: 'check', done, total: ordered.length });
    }
  }
}

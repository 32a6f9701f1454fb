import type { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import type { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';

/**
 * One command of a row. `column` is the cell a refusal is reported against unless the error's
 * code names a better one in `codes`; `outcome` names what the step did for the summary.
 */
export interface RowStep {
  column: string | null;
  codes?: Readonly<Record<string, string>>;
  run(): Promise<string | undefined>;
}

export interface RowContext {
  commands: CommandBus;
  eventSourcing: EventSourcing;
  request: RequestContext;
  /** Per cohort of an enrolment file, the earliest date the file uses it (see `scheduledOnFor`). */
  earliestUse: ReadonlyMap<string, IsoDate>;
}

/** How one kind of row becomes commands: the same command classes the API sends. */
export interface RowImporter<R> {
  /** The order rows are taken in; file order unless a kind needs another. */
  order?(rows: readonly { line: number; row: R }[]): { line: number; row: R }[];
  /** What the runs of this file need to know beforehand (enrolments: cohort first-use dates). */
  earliestUse?(rows: readonly R[]): Map<string, IsoDate>;
  steps(row: R, context: RowContext): RowStep[] | Promise<RowStep[]>;
}

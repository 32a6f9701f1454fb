import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { toEventLogFilter } from '../audit/application/event-log-filter.js';
import { exportEvents } from '../audit/application/export-events.js';
import { isInstant } from '../http/is-instant.validator.js';
import { EVENT_LOG_READER, type EventLogReader } from '../event-store/event-log.js';
import { DomainError } from '../shared/domain-error.js';
import { CouldNotRun, EXIT, count, progressTicker, withAppContext, type CliIo } from './cli-context.js';

export interface ExportOptions {
  stream?: string;
  from?: string;
  to?: string;
  /** A file to write; stdout when absent. */
  out?: string;
}

/**
 * Writes events as JSON Lines (the format of GET /api/audit/export): one stream, a time range, or
 * everything. Progress goes to stderr so that stdout can carry the export itself.
 */
export async function exportCommand(
  options: ExportOptions,
  env: NodeJS.ProcessEnv,
  io: CliIo,
  stdout: Writable = process.stdout,
): Promise<number> {
  for (const [name, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const)
    if (value !== undefined && !isInstant(value))
      throw new CouldNotRun(`${name} must be an ISO instant with its zone (2017-04-01T00:00:00Z) or a date`);
  let filter;
  try {
    filter = toEventLogFilter({ streamId: options.stream, from: options.from, to: options.to });
  } catch (error) {
    throw new CouldNotRun(error instanceof DomainError ? error.message : String(error));
  }
  return withAppContext(env, async (app) => {
    const reader = app.get<EventLogReader>(EVENT_LOG_READER);
    const out = options.out ? createWriteStream(options.out) : stdout;
    let written = 0;
    const stopTicker = progressTicker(
      io,
      () => written,
      (done) => `export: ${count(done)} events written`,
    );
    try {
      written = await exportEvents(reader, filter, out, (n) => (written = n));
      if (options.out) {
        out.end();
        await finished(out);
      }
    } finally {
      stopTicker();
    }
    io.err(`export: ${count(written)} events written${options.out ? ` to ${options.out}` : ''}`);
    return EXIT.done;
  });
}

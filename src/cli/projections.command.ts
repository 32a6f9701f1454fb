import { ProjectionStatusService, type ProjectionStatus } from '../projections/projection-status.service.js';
import { EXIT, withAppContext, type CliIo } from './cli-context.js';

const row = (cells: string[], widths: number[]): string =>
  cells
    .map((c, i) => c.padEnd(widths[i]))
    .join('  ')
    .trimEnd();

const lagOf = (s: ProjectionStatus): string => (s.lagCapped ? `>${s.lag}` : String(s.lag));
const positionOf = (s: ProjectionStatus): string =>
  s.position ? `${s.position.commit}/${s.position.prepare}` : 'not started';

/** Each projection's checkpoint and how far behind the event store it is. Behind counts as a problem. */
export async function projectionsCommand(
  options: { json?: boolean },
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  return withAppContext(env, async (app) => {
    const statuses = await app.get(ProjectionStatusService).list();
    if (options.json)
      io.out(
        JSON.stringify(
          statuses.map(({ running: _r, ...s }) => s),
          null,
          2,
        ),
      );
    else {
      const header = ['PROJECTION', 'POSITION', 'EVENTS APPLIED', 'LAG', 'UPDATED'];
      const lines = statuses.map((s) => [s.name, positionOf(s), String(s.eventsApplied), lagOf(s), s.updatedAt ?? '-']);
      const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
      io.out(row(header, widths));
      for (const line of lines) io.out(row(line, widths));
    }
    const behind = statuses.filter((s) => s.lag > 0);
    if (behind.length)
      io.err(
        `${behind.length} projection(s) behind: ${behind.map((s) => s.name).join(', ')}. A running server catches up on its own.`,
      );
    return behind.length ? EXIT.problems : EXIT.done;
  });
}

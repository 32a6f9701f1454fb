import { ProjectionRebuilder } from '../projections/projection-rebuilder.js';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import type { Projection } from '../projections/projection.js';
import {
  EXIT,
  chooseProjections,
  count,
  eventsInLog,
  progressTicker,
  withAppContext,
  type CliIo,
} from './cli-context.js';

/** Rebuilds the named projections (all when none is named) one after another, from position zero. */
export async function rebuildCommand(names: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  return withAppContext(env, async (app) => {
    const registry = app.get(ProjectionRegistry);
    const rebuilder = app.get(ProjectionRebuilder);
    const projections = chooseProjections(registry, names);
    const total = io.terminal ? await eventsInLog(app) : undefined;
    let failed = 0;
    for (const projection of projections) {
      if (!(await rebuildOne(rebuilder, projection, io, total))) failed++;
    }
    if (failed)
      io.err(`${failed} of ${projections.length} rebuild(s) failed; the live tables of those were left as they were.`);
    return failed ? EXIT.problems : EXIT.done;
  });
}

async function rebuildOne(
  rebuilder: ProjectionRebuilder,
  projection: Projection,
  io: CliIo,
  total: number | undefined,
): Promise<boolean> {
  const started = Date.now();
  let applied = 0;
  const stopTicker = progressTicker(
    io,
    () => applied,
    (done, rate) => `${projection.name}: ${count(done)} events applied, ${count(rate)} events/s`,
    total === undefined ? undefined : { label: projection.name, total },
  );
  try {
    const result = await rebuilder.rebuild(projection, (p) => (applied = p.eventsApplied));
    const seconds = (Date.now() - started) / 1000;
    io.out(
      `${projection.name}: rebuilt from ${count(result.eventsApplied)} events in ${seconds.toFixed(1)} s (${count(result.eventsApplied / Math.max(seconds, 0.001))} events/s)`,
    );
    return true;
  } catch (error) {
    io.err(`${projection.name}: rebuild failed after ${count(applied)} events: ${(error as Error).message}`);
    return false;
  } finally {
    stopTicker();
  }
}

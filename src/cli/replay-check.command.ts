import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { checkpoints } from '../projections/checkpoints.js';
import { ReplayChecker, type ReplayCheckResult } from '../projections/replay-check.js';
import {
  CouldNotRun,
  EXIT,
  chooseProjections,
  count,
  progressTicker,
  withAppContext,
  type CliIo,
} from './cli-context.js';

/**
 * Replays each named projection (all when none is named) into scratch tables up to its live
 * checkpoint and compares them with the live tables: any difference exits 1. Live tables are
 * never changed.
 */
export async function replayCheckCommand(
  names: string[],
  options: { json?: boolean },
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  return withAppContext(env, async (app) => {
    const registry = app.get(ProjectionRegistry);
    const projections = chooseProjections(registry, names);
    const checker = new ReplayChecker(app.get(DataSource), app.get<EventStore>(EVENT_STORE));
    const results: ReplayCheckResult[] = [];
    for (const projection of projections) {
      const started = Date.now();
      let replayed = 0;
      let goal = (await checkpoints.read(app.get(DataSource), projection.name)).eventsApplied;
      const stopTicker = progressTicker(
        io,
        () => replayed,
        (done, rate) =>
          `${projection.name}: ${count(done)} of ~${count(goal)} events replayed, ${count(rate)} events/s`,
        { label: projection.name, total: goal },
      );
      try {
        const result = await checker.check(projection, (p) => ((replayed = p.eventsReplayed), (goal = p.eventsLive)));
        results.push(result);
        if (!options.json) describe(result, (Date.now() - started) / 1000, io);
      } catch (error) {
        throw new CouldNotRun(
          `${projection.name}: replay failed after ${count(replayed)} events: ${(error as Error).message}`,
        );
      } finally {
        stopTicker();
      }
    }
    if (options.json) io.out(JSON.stringify(results, jsonBigInt, 2));
    const differing = results.filter((r) => !r.equal);
    if (differing.length)
      io.err(
        `${differing.length} of ${results.length} projection(s) differ from their replay: ${differing.map((r) => r.projection).join(', ')}`,
      );
    return differing.length ? EXIT.problems : EXIT.done;
  });
}

const jsonBigInt = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? value.toString() : value);

function describe(result: ReplayCheckResult, seconds: number, io: CliIo): void {
  const at = result.position ? `${result.position.commit}/${result.position.prepare}` : 'the start (never run)';
  const scope = `${count(result.eventsReplayed)} events replayed up to ${at} in ${seconds.toFixed(1)} s`;
  if (result.equal) return io.out(`${result.projection}: equal (${scope})`);
  io.out(`${result.projection}: DIFFERENT (${scope})`);
  for (const d of result.differences) {
    io.out(`  ${d.table}: ${count(d.onlyLive)} row(s) only in live, ${count(d.onlyReplay)} only in the replay`);
    for (const row of d.sampleOnlyLive) io.out(`    live only:   ${JSON.stringify(row)}`);
    if (d.onlyLive > d.sampleOnlyLive.length) io.out(`    … ${count(d.onlyLive - d.sampleOnlyLive.length)} more`);
    for (const row of d.sampleOnlyReplay) io.out(`    replay only: ${JSON.stringify(row)}`);
    if (d.onlyReplay > d.sampleOnlyReplay.length)
      io.out(`    … ${count(d.onlyReplay - d.sampleOnlyReplay.length)} more`);
  }
}

import type { ProjectionRebuilder } from '../src/projections/projection-rebuilder.js';
import type { Projection } from '../src/projections/projection.js';
import { progress, seconds } from './report.js';
import type { RebuildFigure } from './results.js';

/**
 * Applies nothing: its rebuild costs only the reads, the batch transactions and the checkpoint
 * writes, so it shows how fast the runner itself can go, apart from any projection's SQL.
 */
export const noopProjection: Projection = {
  name: 'bench-noop',
  tables: [],
  apply: async () => undefined,
};

const MB = 1024 * 1024;

const rate = (events: number, started: number) => (events / seconds(started)).toFixed(0);
const figure = (name: string, events: number, started: number): RebuildFigure => ({
  name,
  events,
  seconds: seconds(started),
  perSecond: events / seconds(started),
});
const SAMPLE_MS = 50;

export interface RebuildPhase {
  projections: RebuildFigure[];
  peakRssMb: number;
  baselineRssMb: number;
}

/**
 * Rebuilds each projection from zero with the app's own rebuilder (shadow tables, then the swap),
 * one after another, timing each and sampling the process's resident memory throughout.
 */
export async function benchRebuilds(rebuilder: ProjectionRebuilder, projections: Projection[]): Promise<RebuildPhase> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const sampler = setInterval(sample, SAMPLE_MS);
  const figures: RebuildFigure[] = [];
  try {
    for (const projection of projections) {
      let nextReport = 250_000;
      let applied = 0;
      const started = performance.now();
      try {
        applied = (
          await rebuilder.rebuild(projection, ({ eventsApplied }) => {
            // Also per batch: on PGlite the timer may not fire while the rebuild keeps the loop busy.
            sample();
            applied = eventsApplied;
            if (eventsApplied < nextReport) return;
            progress(`rebuild ${projection.name}: ${eventsApplied} events, ${rate(eventsApplied, started)}/s`);
            nextReport += 250_000;
          })
        ).eventsApplied;
      } catch (error) {
        // One projection's bug should not cost the figures of the others.
        figures.push({ ...figure(projection.name, applied, started), error: (error as Error).message });
        progress(`rebuild ${projection.name}: FAILED after ${applied} events: ${(error as Error).message}`);
        continue;
      }
      figures.push(figure(projection.name, applied, started));
      progress(`rebuild ${projection.name}: done, ${applied} events in ${seconds(started).toFixed(1)} s`);
    }
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return { projections: figures, peakRssMb: peak / MB, baselineRssMb: baseline / MB };
}

import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkpoints } from '../projections/checkpoints.js';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import type { GlobalPosition } from '../shared/event.js';
import { progressBar, type ProgressOptions } from './progress.js';

const POLL_MS = 250;

/**
 * Follows the projections in this process until they include `position` (commands boot with
 * projections off), so read models are current when the command ends. With a server following
 * them too (PostgreSQL), the leases let only one apply each projection; this waits either way.
 * `events` is how many events were appended, for the bar.
 */
export async function catchUpProjections(
  app: INestApplicationContext,
  position: GlobalPosition,
  events: number,
  options: ProgressOptions & { timeoutMs?: number } = {},
): Promise<boolean> {
  const db = app.get(DataSource);
  const runner = app.get(ProjectionRunner);
  const names = app
    .get(ProjectionRegistry)
    .all()
    .map((p) => p.name);
  const applied = async () => {
    const all = await checkpoints.all(db);
    return names.map((n) => all.get(n)?.eventsApplied ?? 0);
  };
  const before = await applied();
  const bar = progressBar('read models', events, options);
  const deadline = Date.now() + (options.timeoutMs ?? 3_600_000);
  runner.start();
  try {
    for (;;) {
      if (await runner.waitFor(position, POLL_MS)) return true;
      const now = await applied();
      bar.update(Math.min(events, Math.min(...now.map((n, i) => n - before[i]))));
      if (Date.now() > deadline) return false;
    }
  } finally {
    bar.update(events);
    bar.stop();
    await runner.stop();
  }
}

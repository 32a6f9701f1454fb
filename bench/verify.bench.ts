import type { DataSource } from 'typeorm';
import { IntegrityVerifier } from '../src/event-store/postgres/integrity-verifier.js';
import { progress, seconds } from './report.js';
import type { VerifyFigure } from './results.js';

/** `cadre verify` over the whole store: every hash recomputed, heads and global order checked. */
export async function benchVerify(db: DataSource): Promise<VerifyFigure> {
  const started = performance.now();
  let nextReport = 250_000;
  const report = await new IntegrityVerifier(db).verify((checked) => {
    if (checked < nextReport) return;
    progress(`verify: ${checked} events`);
    nextReport += 250_000;
  });
  const elapsed = seconds(started);
  return { events: report.eventsChecked, seconds: elapsed, perSecond: report.eventsChecked / elapsed, ok: report.ok };
}

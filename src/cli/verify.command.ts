import { DataSource } from 'typeorm';
import { VERIFY_UNSUPPORTED_MESSAGE } from '../audit/application/verify-integrity.query.js';
import { EVENT_STORE, storeBeneath, type EventStore } from '../event-store/event-store.port.js';
import { IntegrityVerifier, MAX_PROBLEMS, type IntegrityReport } from '../event-store/postgres/integrity-verifier.js';
import { PostgresEventStore } from '../event-store/postgres/postgres-event-store.js';
import {
  CouldNotRun,
  EXIT,
  commandEnv,
  configFrom,
  count,
  eventsInLog,
  progressTicker,
  withAppContext,
  type CliIo,
} from './cli-context.js';

/** Problems printed in the readable summary; `--json` gives every one the verifier kept. */
const LISTED = 50;

/** Walks every stream's hash chain, its head and the global order; problems found exit 1. */
export async function verifyCommand(options: { json?: boolean }, env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  // Said before booting: an app on KurrentDB would first spend seconds reaching it, or fail to.
  if (configFrom(commandEnv(env)).kurrentDbUrl) throw new CouldNotRun(VERIFY_UNSUPPORTED_MESSAGE);
  return withAppContext(env, async (app) => {
    if (!(storeBeneath(app.get<EventStore>(EVENT_STORE)) instanceof PostgresEventStore))
      throw new CouldNotRun(VERIFY_UNSUPPORTED_MESSAGE);
    const started = Date.now();
    let checked = 0;
    const stopTicker = progressTicker(
      io,
      () => checked,
      (done, rate) => `verify: ${count(done)} events checked, ${count(rate)} events/s`,
      { label: 'verify', total: (await eventsInLog(app)) ?? 0 },
    );
    let report: IntegrityReport;
    try {
      report = await new IntegrityVerifier(app.get(DataSource)).verify((n) => (checked = n));
    } finally {
      stopTicker();
    }
    const seconds = (Date.now() - started) / 1000;
    if (options.json) io.out(JSON.stringify(report, null, 2));
    else summarise(report, seconds, io);
    return report.ok ? EXIT.done : EXIT.problems;
  });
}

function summarise(report: IntegrityReport, seconds: number, io: CliIo): void {
  const scope =
    `${count(report.eventsChecked)} events in ${count(report.streamsChecked)} streams in ${seconds.toFixed(1)} s ` +
    `(${count(report.eventsChecked / Math.max(seconds, 0.001))} events/s)`;
  if (report.ok) return io.out(`Verified ${scope}: every hash chain, stream head and the global order hold.`);
  const found =
    report.problems.length >= MAX_PROBLEMS ? `at least ${count(MAX_PROBLEMS)}` : count(report.problems.length);
  io.out(`Checked ${scope}: ${found} problem(s) found.`);
  for (const p of report.problems.slice(0, LISTED))
    io.out(`  ${p.kind.padEnd(21)} ${p.streamId}${p.version === null ? '' : ` @ version ${p.version}`}: ${p.message}`);
  if (report.problems.length > LISTED)
    io.out(`  … and ${count(report.problems.length - LISTED)} more listed by --json.`);
}

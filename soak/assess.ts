import { cpus } from 'node:os';
import { latencyOf, ledgerOf, replayCheck, runCli, serverErrorsOutside } from './checks.js';
import type { Traffic } from './client.js';
import { eventsByCommand, totalEvents } from './database.js';
import type { Drive } from './drive.js';
import type { SoakOptions } from './options.js';
import type { SoakReport } from './report.js';

/** Everything the soak checks and prints, once the instances have stopped. */
export async function assess(
  options: SoakOptions,
  traffic: Traffic,
  run: Drive,
  shutdownExitCodes: (number | null)[],
  db: { url: string; jwtSecret: string; masterKey: string; prefix: string; engine: string },
): Promise<SoakReport> {
  const samples = traffic.samples.filter((s) => s.kind !== 'setup');
  const ledger = ledgerOf(samples, await eventsByCommand(db.url, db.prefix));
  const outside = serverErrorsOutside(traffic.serverErrors, run.windows);
  const cliEnv = {
    DATABASE_URL: db.url,
    CADRE_JWT_SECRET: db.jwtSecret,
    CADRE_MASTER_KEY: db.masterKey,
    LOG_LEVEL: 'error',
  };
  const replay = await replayCheck(cliEnv);
  const verify = await runCli(['verify'], cliEnv);
  const answered = samples.filter((s) => s.status > 0);
  const figure = (of: typeof answered) => ({
    ...latencyOf(of, run.loadSeconds),
    ok: of.filter((s) => s.status < 300).length,
  });
  const kinds = [...new Set(answered.map((s) => s.kind))].sort();
  const refusals = countBy(answered.filter((s) => s.status >= 400).map((s) => `${s.status} ${s.code}`));
  const kills = run.windows.filter((w) => w.kind === 'kill').length;
  const restarts = run.windows.filter((w) => w.kind === 'pg-restart').length;
  const checks = [
    {
      name: `acknowledged commands all stored (${ledger.stored} of ${ledger.acknowledged})`,
      ok: ledger.lost.length === 0 && ledger.stored === ledger.acknowledged,
    },
    { name: 'each stored exactly once (one append per command)', ok: ledger.duplicated.length === 0 },
    { name: 'nothing stored for commands not acknowledged', ok: ledger.stray.length === 0 },
    { name: 'every command answered', ok: ledger.unanswered === 0 },
    { name: '0 5xx outside the fault windows', ok: outside.length === 0 },
    {
      name: 'every 5xx a 503 with a code (an outage), never a 500',
      ok: traffic.serverErrors.every((e) => e.status === 503 && e.code !== ''),
    },
    { name: 'every read model equal to its replay from zero', ok: replay.ok },
    { name: 'hash chains, stream heads and global order verify', ok: verify.ok },
    {
      name: `instances stopped cleanly on SIGTERM (exit codes ${shutdownExitCodes.join(', ')})`,
      ok: shutdownExitCodes.every((c) => c === 0),
    },
    {
      name: `at least ${options.kills} kills and ${options.pgRestarts} PostgreSQL restarts (${kills}, ${restarts})`,
      ok: kills >= options.kills && restarts >= options.pgRestarts,
    },
  ];
  return {
    settings: {
      minutes: options.minutes,
      clients: options.clients,
      instances: 2,
      seed: options.seed,
      engine: db.engine,
      leaseMs: options.leaseMs,
    },
    loadSeconds: run.loadSeconds,
    machine: `${cpus().length} CPUs, load average ${run.loadAverage[0].toFixed(1)} at start, ${run.loadAverage[1].toFixed(1)} at end`,
    faults: run.windows,
    ledger,
    refusals,
    networkErrors: traffic.networkErrors,
    serverErrors: {
      total: traffic.serverErrors.length,
      insideFaults: traffic.serverErrors.length - outside.length,
      outsideFaults: outside.length,
      outsideSample: outside.slice(0, 5).map((e) => `${e.status} ${e.code} ${e.path} on ${e.instance}`),
      byCode: countBy(traffic.serverErrors.map((e) => `${e.status} ${e.code}`)),
    },
    replayCheck: replay,
    verify: { ok: verify.ok, summary: verify.summary },
    totalEvents: await totalEvents(db.url),
    throughput: {
      commands: figure(answered.filter((s) => s.command)),
      reads: figure(answered.filter((s) => !s.command)),
      byKind: Object.fromEntries(kinds.map((k) => [k, figure(answered.filter((s) => s.kind === k))])),
    },
    checks,
  };
}

/** How many times each value occurs, most frequent first. */
function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}

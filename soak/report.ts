import type { Latency, CommandLedger } from './checks.js';
import type { FaultWindow } from './faults.js';

export interface SoakReport {
  settings: { minutes: number; clients: number; instances: number; seed: number; engine: string; leaseMs: number };
  loadSeconds: number;
  machine: string;
  faults: FaultWindow[];
  ledger: CommandLedger;
  /** Coded 4xx answers by status and code: rules and lost races, each an outcome. */
  refusals: Record<string, number>;
  networkErrors: number;
  serverErrors: {
    total: number;
    insideFaults: number;
    outsideFaults: number;
    outsideSample: string[];
    byCode: Record<string, number>;
  };
  replayCheck: { ok: boolean; summary: string; projections: string[] };
  verify: { ok: boolean; summary: string };
  totalEvents: number;
  throughput: {
    commands: Latency & { ok: number };
    reads: Latency & { ok: number };
    byKind: Record<string, Latency & { ok: number }>;
  };
  checks: { name: string; ok: boolean }[];
}

const n = (v: number, digits = 0) =>
  Number.isNaN(v) ? '-' : v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const counted = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([code, count]) => `${code} x${count}`)
    .join(', ') || 'none';

export function renderSoak(r: SoakReport, started: number): string {
  const s = r.settings;
  const t = (at: number) => `${((at - started) / 1000).toFixed(1)} s`;
  const l = r.ledger;
  const rows: [string, Latency & { ok: number }][] = [
    ['commands (to their answer, retries included)', r.throughput.commands],
    ['reads', r.throughput.reads],
    ...Object.entries(r.throughput.byKind).map(([k, v]) => [`  ${k}`, v] as [string, Latency & { ok: number }]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const line = (k: string, v: Latency & { ok: number }) =>
    `${k.padEnd(width)} ${n(v.requests).padStart(7)} ${n(v.ok).padStart(7)} ${n(v.perSecond, 1).padStart(7)} ${n(v.p50Ms, 1).padStart(8)} ${n(v.p95Ms, 1).padStart(8)} ${n(v.p99Ms, 1).padStart(8)}`;
  return [
    `cadre soak: ${s.minutes} min of load, ${s.clients} clients over ${s.instances} instances, ${s.engine}, seed ${s.seed}, idempotency lease ${s.leaseMs} ms`,
    `machine: ${r.machine}`,
    `faults (${r.faults.filter((f) => f.kind === 'kill').length} SIGKILLs, ${r.faults.filter((f) => f.kind === 'pg-restart').length} PostgreSQL restarts):`,
    ...r.faults.map((f) => `  ${f.kind} ${f.target} at ${t(f.from)}, window ${((f.to - f.from) / 1000).toFixed(1)} s`),
    `commands: ${n(l.issued)} issued, ${n(l.acknowledged)} acknowledged (2xx), ${n(l.refused)} refused (coded 4xx), ${n(l.unanswered)} unanswered; ${n(l.retried)} needed a retry (${n(r.networkErrors)} network errors, ${n(r.serverErrors.total)} 5xx), ${n(l.replayed)} of them answered with an earlier attempt's outcome`,
    `store: ${n(l.stored)} of ${n(l.acknowledged)} acknowledged commands found, ${n(l.storedEvents)} events, each command in exactly one append; lost ${l.lost.length}, duplicated ${l.duplicated.length}, stored for an unacknowledged command ${l.stray.length} (${n(r.totalEvents)} events in the store in all)`,
    `5xx: ${r.serverErrors.total} in all (${counted(r.serverErrors.byCode)}), ${r.serverErrors.insideFaults} inside fault windows, ${r.serverErrors.outsideFaults} outside${r.serverErrors.outsideSample.length ? `: ${r.serverErrors.outsideSample.join('; ')}` : ''}`,
    `read models: replay-check ${r.replayCheck.summary}${r.replayCheck.projections.length ? ` (${r.replayCheck.projections.join('; ')})` : ''}`,
    `hash chains: verify ${r.verify.summary}`,
    `refusals: ${counted(r.refusals)}`,
    '',
    `${'latency'.padEnd(width)} ${'count'.padStart(7)} ${'2xx'.padStart(7)} ${'per s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
    ...rows.map(([k, v]) => line(k, v)),
    '',
    ...r.checks.map((c) => `${c.ok ? 'PASS' : 'FAIL'} ${c.name}`),
  ].join('\n');
}

import { spawn } from 'node:child_process';
import { percentile } from '../bench/report.js';
import type { Sample, ServerError } from './client.js';
import type { CommandEvents } from './database.js';
import { duringFault, type FaultWindow } from './faults.js';
import { CLI_ENTRY } from './instances.js';

export interface Latency {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface CommandLedger {
  issued: number;
  acknowledged: number;
  /** Coded 4xx refusals (a rule, a race lost): an outcome, which must leave no events. */
  refused: number;
  unanswered: number;
  /** Acknowledged commands whose events are in the store, and how many events those are. */
  stored: number;
  storedEvents: number;
  lost: string[];
  duplicated: string[];
  /** Events carrying the correlation id of a command that was not acknowledged. */
  stray: string[];
  retried: number;
  /** Retried commands answered as the replay of an earlier attempt (stored outcome, or events already committed). */
  replayed: number;
}

export const latencyOf = (samples: Sample[], seconds: number): Latency => {
  const ms = samples.map((s) => s.ms);
  return {
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    p99Ms: percentile(ms, 99),
  };
};

/** Every acknowledged command stored exactly once (one append), nothing stored for the others. */
export function ledgerOf(samples: Sample[], stored: CommandEvents[]): CommandLedger {
  const commands = samples.filter((s) => s.command);
  const byCorrelation = new Map(stored.map((e) => [e.correlationId, e]));
  const acknowledged = commands.filter((s) => s.status >= 200 && s.status < 300);
  const ackIds = new Set(acknowledged.map((s) => s.correlationId!));
  const found = acknowledged.filter((s) => byCorrelation.has(s.correlationId!));
  return {
    issued: commands.length,
    acknowledged: acknowledged.length,
    refused: commands.filter((s) => s.status >= 400 && s.status < 500).length,
    unanswered: commands.filter((s) => s.status === 0).length,
    stored: found.length,
    storedEvents: found.reduce((n, s) => n + byCorrelation.get(s.correlationId!)!.events, 0),
    lost: acknowledged.filter((s) => !byCorrelation.has(s.correlationId!)).map((s) => `${s.kind} ${s.correlationId}`),
    duplicated: stored.filter((e) => e.appends > 1 || e.commandIds > 1).map((e) => e.correlationId),
    stray: stored.filter((e) => !ackIds.has(e.correlationId)).map((e) => e.correlationId),
    retried: commands.filter((s) => s.attempts > 1).length,
    replayed: commands.filter((s) => s.attempts > 1 && s.replayed).length,
  };
}

export const serverErrorsOutside = (errors: ServerError[], windows: FaultWindow[]): ServerError[] =>
  errors.filter((e) => !duringFault(windows, e.sentAt, e.answeredAt));

export interface CliCheck {
  ok: boolean;
  summary: string;
}

/** Runs an operator command of the built CLI (replay-check, verify) against the soak's database. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliCheck & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stderr.trim().split('\n').filter(Boolean).pop() ?? '';
      resolve({ ok: code === 0, summary: code === 0 ? 'ok' : `exit ${code}: ${last}`, stdout });
    });
  });
}

/** The replay check, projection by projection: every read model equal to its replay from zero. */
export async function replayCheck(env: Record<string, string>): Promise<CliCheck & { projections: string[] }> {
  const result = await runCli(['replay-check', '--json'], env);
  let projections: string[] = [];
  try {
    const parsed = JSON.parse(result.stdout) as { projection: string; eventsReplayed: number; equal: boolean }[];
    projections = parsed.map((p) => `${p.projection}: ${p.eventsReplayed} events, ${p.equal ? 'equal' : 'DIFFERENT'}`);
  } catch {
    projections = [];
  }
  return { ok: result.ok && projections.length > 0, summary: result.summary, projections };
}

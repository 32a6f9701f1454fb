import type { FillResult } from './fill.js';

/** Flags of one run (see `parseOptions` in main.ts). */
export interface BenchOptions {
  events: number;
  appendSeconds: number;
  httpRequests: number;
  httpConcurrency: number;
  /** Posts established before the dashboard is read, and dashboard reads per variant. */
  dashboardPosts: number;
  dashboardReads: number;
  /** Staff hired into the fresh store where the dashboard is measured at issue 4's size. */
  dashboardStaff: number;
  readBatch: number;
  /** Undefined: the engine's default (10 minutes on PGlite, none on PostgreSQL). */
  fillMinutes?: number;
  fillConcurrency?: number;
  seed: number;
  projections?: string[];
  skip: string[];
  keep: boolean;
  json: boolean;
}

export interface AppendFigure {
  writers: number;
  appends: number;
  seconds: number;
  /** Appends (of one event each) per second, all writers together. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  conflicts: number;
  /** Plain single-row INSERTs per second into a copy of the events table, on as many connections. */
  ceiling?: { perSecond: number; connections: number };
}

export interface ReadFigure {
  events: number;
  batchSize: number;
  seconds: number;
  perSecond: number;
  /** Plain keyset SELECT of the same rows and columns, same batch size, rows per second. */
  ceilingPerSecond?: number;
}

export interface VerifyFigure {
  events: number;
  seconds: number;
  perSecond: number;
  /** False would mean the bench's own fill broke a hash chain. */
  ok: boolean;
}

export interface RebuildFigure {
  name: string;
  events: number;
  seconds: number;
  perSecond: number;
  /** Set when the rebuild threw: the figures then cover the events applied before it did. */
  error?: string;
}

export interface HttpFigure {
  name: string;
  requests: number;
  ok: number;
  failed: number;
  /** Failures by status and code, e.g. `409 EVENT_STORE.VERSION_CONFLICT`. */
  failures: Record<string, number>;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  skipped?: string;
}

/** Reads of the tapering dashboard, with the read-model sizes they were measured on. */
export interface DashboardFigure extends HttpFigure {
  staff: number;
  posts: number;
}

export interface BenchResult {
  engine: string;
  target: string;
  machine: string;
  /** The database settings that matter most here (shared_buffers, fsync, synchronous_commit, autovacuum). */
  settings?: string;
  /** One-minute load average when the run started and ended: other work on the machine skews every figure. */
  loadAverage: { start: number; end?: number };
  startedAt: string;
  options: BenchOptions;
  fill: FillResult;
  appends: AppendFigure[];
  read?: ReadFigure;
  verify?: VerifyFigure;
  rebuild: { projections: RebuildFigure[]; peakRssMb?: number; baselineRssMb?: number; skipped?: string };
  http: { concurrency: number; commands: HttpFigure[]; dashboard: DashboardFigure[] };
  notes: string[];
}

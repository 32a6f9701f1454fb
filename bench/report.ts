import type { BenchResult } from './results.js';

const runStarted = performance.now();

/** Progress goes to stderr, so stdout holds only the table (or the JSON document). */
export const progress = (message: string): void => {
  process.stderr.write(`[bench ${seconds(runStarted).toFixed(0).padStart(4)} s] ${message}\n`);
};

export const seconds = (since: number): number => (performance.now() - since) / 1000;

/** Nearest-rank percentile of an unsorted sample (in the sample's unit). */
export const percentile = (sample: number[], p: number): number => {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const num = (n: number | undefined, digits = 0): string =>
  n === undefined || Number.isNaN(n)
    ? '-'
    : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const ratio = (cadre: number | undefined, ceiling: number | undefined): string =>
  cadre === undefined || !ceiling ? '-' : `${((100 * cadre) / ceiling).toFixed(0)}%`;

type Row = [string, string, string, string];

function table(rows: Row[]): string {
  const header: Row = ['measure', 'cadre', 'raw PostgreSQL ceiling', 'cadre/ceiling'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: Row) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.map(line)].join('\n');
}

/** The human-readable report: one table, every figure with its unit. */
export function renderReport(r: BenchResult): string {
  const out: string[] = [];
  out.push(`cadre bench on ${r.engine}, ${r.target}`);
  if (r.settings) out.push(`settings: ${r.settings}`);
  const load = r.loadAverage;
  out.push(
    `machine: ${r.machine}; load average ${load.start.toFixed(1)} at start, ${load.end?.toFixed(1) ?? '-'} at end`,
  );
  const f = r.fill;
  out.push(
    `store: ${num(f.events)} events in ${num(f.streams)} streams, filled in ${num(f.seconds, 1)} s ` +
      `(${num(f.eventsPerSecond)} events/s through appendMulti)` +
      (f.events < r.options.events ? `; fill stopped at its time limit, short of ${num(r.options.events)}` : ''),
  );
  out.push('');
  const rows: Row[] = [];
  for (const a of r.appends) {
    const label = `append 1 event, expected version, ${a.writers} writer${a.writers > 1 ? 's' : ''} (events/s)`;
    rows.push([label, num(a.perSecond), ceilingCell(a.ceiling), ratio(a.perSecond, a.ceiling?.perSecond)]);
    rows.push([`  latency p50 / p99 (ms)`, `${num(a.p50Ms, 2)} / ${num(a.p99Ms, 2)}`, '', '']);
  }
  if (r.read) {
    rows.push([
      `global read, readAll in batches of ${r.read.batchSize} (events/s)`,
      num(r.read.perSecond),
      num(r.read.ceilingPerSecond),
      ratio(r.read.perSecond, r.read.ceilingPerSecond),
    ]);
  }
  if (r.verify)
    rows.push([
      `verify hash chains over ${num(r.verify.events)} events (events/s)`,
      `${num(r.verify.perSecond)} (${num(r.verify.seconds, 1)} s)${r.verify.ok ? '' : ', PROBLEMS FOUND'}`,
      num(r.read?.ceilingPerSecond),
      ratio(r.verify.perSecond, r.read?.ceilingPerSecond),
    ]);
  if (r.rebuild.skipped) rows.push(['projection rebuild', r.rebuild.skipped, '', '']);
  for (const p of r.rebuild.projections) {
    rows.push([
      `rebuild ${p.name} over ${num(p.events)} events (events/s)`,
      p.error ? `failed after ${num(p.events)} events` : `${num(p.perSecond)} (${num(p.seconds, 1)} s)`,
      num(r.read?.ceilingPerSecond),
      ratio(p.perSecond, r.read?.ceilingPerSecond),
    ]);
  }
  if (r.rebuild.peakRssMb !== undefined)
    rows.push([
      'peak RSS during rebuild (MB)',
      `${num(r.rebuild.peakRssMb)} (from ${num(r.rebuild.baselineRssMb)})`,
      '',
      '',
    ]);
  for (const h of r.http.commands) {
    const label = `HTTP ${h.name} (commands/s; p50 / p99 ms)`;
    if (h.skipped) rows.push([label, h.skipped, '', '']);
    else
      rows.push([
        label,
        `${num(h.perSecond)}; ${num(h.p50Ms, 1)} / ${num(h.p99Ms, 1)}`,
        '',
        h.failed ? `${h.failed} failed` : '',
      ]);
  }
  for (const d of r.http.dashboard) {
    rows.push([
      d.name.startsWith('in process, ')
        ? `tapering dashboard query over the filled store, ${d.name.replace('in process, ', '')} (p50 / p95 / p99 ms)`
        : `GET /api/dashboard/tapering, ${d.name.replace('dashboard, ', '')} (p50 / p95 / p99 ms)`,
      `${num(d.p50Ms, 1)} / ${num(d.p95Ms, 1)} / ${num(d.p99Ms, 1)}`,
      '',
      `${num(d.staff)} staff, ${num(d.posts)} posts` + (d.failed ? `; ${d.failed} failed` : ''),
    ]);
  }
  out.push(table(rows));
  out.push('');
  out.push(...r.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}

const ceilingCell = (c: { perSecond: number; connections: number } | undefined): string =>
  c ? `${num(c.perSecond)} (${c.connections} conn.)` : '-';

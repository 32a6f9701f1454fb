import { parseArgs } from 'node:util';
import type { BenchOptions } from './results.js';

export const PHASES = ['read', 'verify', 'rebuild', 'append', 'ceiling', 'http', 'dashboard'] as const;

const USAGE = `npm run bench -- [flags]
  --events N            events to fill the store with before measuring (default 1000000)
  --fill-minutes M      stop filling after M minutes and measure what is there
                        (default: 10 on PGlite, no limit on PostgreSQL)
  --fill-concurrency N  intakes appended at once (default: 4 on PostgreSQL, 1 on PGlite)
  --append-seconds S    duration of each append and raw INSERT measurement (default 10)
  --read-batch N        events per readAll batch and per raw SELECT (default 2000)
  --http-requests N     requests per HTTP command (default 2000)
  --http-concurrency N  HTTP requests in flight (default 8)
  --dashboard-posts N   posts established over HTTP before the dashboard is read (default 1000)
  --dashboard-reads N   GET /api/dashboard/tapering requests per variant, one at a time (default 500)
  --dashboard-staff N   staff hired into the fresh store of the 'dashboard' phase (default 5000)
  --projections a,b     rebuild only these (default: every projection the app registers)
  --skip a,b            skip phases: ${PHASES.join(', ')}
  --seed N              workload seed (default 1)
  --keep                keep the scratch database or temporary directory
  --json                print a JSON document on stdout (the table goes to stderr)
Uses DATABASE_URL's server (in a scratch database) when set, else embedded PGlite in a temporary directory.`;

const positive = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return value;
};

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' },
      'fill-minutes': { type: 'string' },
      'fill-concurrency': { type: 'string' },
      'append-seconds': { type: 'string' },
      'read-batch': { type: 'string' },
      'http-requests': { type: 'string' },
      'http-concurrency': { type: 'string' },
      'dashboard-posts': { type: 'string' },
      'dashboard-reads': { type: 'string' },
      'dashboard-staff': { type: 'string' },
      projections: { type: 'string' },
      skip: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const skip = values.skip ? values.skip.split(',').map((s) => s.trim()) : [];
  const unknown = skip.filter((s) => !(PHASES as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--skip knows ${PHASES.join(', ')}; not ${unknown.join(', ')}`);
  return {
    events: Math.round(positive('events', values.events, 1_000_000)),
    fillMinutes: values['fill-minutes'] === undefined ? undefined : positive('fill-minutes', values['fill-minutes'], 0),
    fillConcurrency:
      values['fill-concurrency'] === undefined
        ? undefined
        : Math.round(positive('fill-concurrency', values['fill-concurrency'], 1)),
    appendSeconds: positive('append-seconds', values['append-seconds'], 10),
    readBatch: Math.round(positive('read-batch', values['read-batch'], 2000)),
    httpRequests: Math.round(positive('http-requests', values['http-requests'], 2000)),
    httpConcurrency: Math.round(positive('http-concurrency', values['http-concurrency'], 8)),
    dashboardPosts: Math.round(positive('dashboard-posts', values['dashboard-posts'], 1000)),
    dashboardReads: Math.round(positive('dashboard-reads', values['dashboard-reads'], 500)),
    dashboardStaff: Math.round(positive('dashboard-staff', values['dashboard-staff'], 5000)),
    projections: values.projections?.split(',').map((s) => s.trim()),
    skip,
    seed: Math.round(positive('seed', values.seed, 1)),
    keep: values.keep,
    json: values.json,
  };
}

export const usage = USAGE;

import { parseArgs } from 'node:util';

export interface SoakOptions {
  minutes: number;
  clients: number;
  /** SIGKILLs of an instance, each followed by a restart. */
  kills: number;
  pgRestarts: number;
  /** Admin URL of the PostgreSQL server the scratch database is created on (loopback only). */
  databaseUrl: string;
  /** `VERSION/NAME` of the cluster to restart; default: the one listening on the URL's port. */
  pgCluster?: string;
  leaseMs: number;
  maxCommands: number;
  seed: number;
  keep: boolean;
  json: boolean;
}

const USAGE = `npm run soak -- [flags]
  --minutes N        minutes of load (default 5, at most 60)
  --clients C        concurrent clients, spread over both instances (default 16, at most 64)
  --kills K          SIGKILLs of an instance at random moments, each restarted (default: 1 a minute, at least 1)
  --pg-restarts R    PostgreSQL restarts at a random moment (default 1; 0 to skip)
  --database-url U   PostgreSQL server for the scratch database, loopback only
                     (default $SOAK_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
  --pg-cluster V/N   cluster to restart with pg_ctlcluster (default: the one on the URL's port)
  --lease-ms N       the instances' CADRE_IDEMPOTENCY_LEASE_MS (default 3000)
  --max-commands N   stop issuing commands after N (default 200000)
  --seed N           workload seed (default: random, printed)
  --keep             keep the scratch database and the instances' logs
  --json             print the report as JSON on stdout
Two app instances (dist/src/main.js) on one fresh database; exit 0 only when every check holds.`;

const number = (name: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return value;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function parseSoakOptions(argv: string[]): SoakOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string' },
      clients: { type: 'string' },
      kills: { type: 'string' },
      'pg-restarts': { type: 'string' },
      'database-url': { type: 'string' },
      'pg-cluster': { type: 'string' },
      'lease-ms': { type: 'string' },
      'max-commands': { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const minutes = number('minutes', values.minutes, 5, 0.25, 60);
  const databaseUrl =
    values['database-url'] ?? process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const host = new URL(databaseUrl).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`the soak runs on loopback only; --database-url names ${host}`);
  if (values['pg-cluster'] !== undefined && !/^\d+\/[\w-]+$/.test(values['pg-cluster']))
    throw new Error(`--pg-cluster is VERSION/NAME such as 15/main, got "${values['pg-cluster']}"`);
  return {
    minutes,
    clients: Math.round(number('clients', values.clients, 16, 1, 64)),
    kills: Math.round(number('kills', values.kills, Math.max(1, Math.round(minutes)), 0, 100)),
    pgRestarts: Math.round(number('pg-restarts', values['pg-restarts'], 1, 0, 10)),
    databaseUrl,
    pgCluster: values['pg-cluster'],
    leaseMs: Math.round(number('lease-ms', values['lease-ms'], 3000, 500, 60_000)),
    maxCommands: Math.round(number('max-commands', values['max-commands'], 200_000, 1, 10_000_000)),
    seed: Math.round(number('seed', values.seed, Math.floor(Math.random() * 1_000_000), 0, 2 ** 31)),
    keep: values.keep,
    json: values.json,
  };
}

export const soakUsage = USAGE;

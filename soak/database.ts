import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

export interface Scratch {
  url: string;
  drop(): Promise<void>;
}

const withClient = async <T>(url: string, use: (c: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
};

/** A fresh database on the server of `adminUrl`, dropped (connections and all) by `drop`. */
export async function createScratchDatabase(adminUrl: string): Promise<Scratch> {
  const name = `cadre_soak_${Date.now()}_${process.pid}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** The `VERSION/NAME` of the local cluster listening on `port` (from `pg_lsclusters`). */
export async function clusterOnPort(port: number): Promise<string> {
  const { stdout } = await run('pg_lsclusters', ['--no-header']);
  for (const line of stdout.split('\n')) {
    const [version, name, clusterPort] = line.trim().split(/\s+/);
    if (Number(clusterPort) === port) return `${version}/${name}`;
  }
  throw new Error(`no local PostgreSQL cluster listens on port ${port} (pg_lsclusters): pass --pg-cluster`);
}

/** `pg_ctlcluster … restart`: stops the server (fast mode, every session cut) and starts it again. */
export async function restartCluster(cluster: string): Promise<void> {
  const [version, name] = cluster.split('/');
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'restart'], { timeout: 120_000 });
}

export interface CommandEvents {
  correlationId: string;
  events: number;
  /** Transactions the events were written in: 1 for a command applied once. */
  appends: number;
  commandIds: number;
}

/** What the store holds for every command of this run, by the correlation id each carried. */
export function eventsByCommand(url: string, prefix: string): Promise<CommandEvents[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT metadata->>'correlationId' AS correlation_id, count(*)::int AS events,
              count(DISTINCT transaction_id)::int AS appends,
              count(DISTINCT metadata->>'commandId')::int AS command_ids
       FROM events WHERE metadata->>'correlationId' LIKE $1 GROUP BY 1`,
      [`${prefix}%`],
    );
    return rows.map((r) => ({
      correlationId: r.correlation_id as string,
      events: r.events as number,
      appends: r.appends as number,
      commandIds: r.command_ids as number,
    }));
  });
}

export function totalEvents(url: string): Promise<number> {
  return withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n as number);
}

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess } from './assess.js';
import { Traffic } from './client.js';
import { clusterOnPort, createScratchDatabase } from './database.js';
import { drive } from './drive.js';
import { freePort, Instance } from './instances.js';
import { parseSoakOptions, soakUsage, type SoakOptions } from './options.js';
import { renderSoak } from './report.js';
import { setUp, waitForProjections } from './setup.js';

const started = Date.now();
const log = (line: string) =>
  process.stderr.write(`[soak ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

/**
 * Two app instances on one fresh PostgreSQL database, a mixed workload from C clients while one
 * instance is SIGKILLed (and restarted) and PostgreSQL restarts at random moments; then the
 * checks. True only when every check holds.
 */
async function soak(options: SoakOptions): Promise<boolean> {
  const port = Number(new URL(options.databaseUrl).port || 5432);
  const cluster = options.pgRestarts > 0 ? (options.pgCluster ?? (await clusterOnPort(port))) : undefined;
  const scratch = await createScratchDatabase(options.databaseUrl);
  const logs = mkdtempSync(join(tmpdir(), 'cadre-soak-'));
  const env = {
    DATABASE_URL: scratch.url,
    CADRE_JWT_SECRET: randomBytes(32).toString('hex'),
    CADRE_MASTER_KEY: randomBytes(32).toString('hex'),
    CADRE_ADMIN_PASSWORD: `soak-${randomBytes(12).toString('hex')}`,
    CADRE_IDEMPOTENCY_LEASE_MS: String(options.leaseMs),
    LOG_LEVEL: 'warn',
  };
  const instances = [
    new Instance('a', await freePort(), env, join(logs, 'a.log')),
    new Instance('b', await freePort(), env, join(logs, 'b.log')),
  ];
  log(`scratch database ${new URL(scratch.url).pathname.slice(1)}; instance logs in ${logs}; seed ${options.seed}`);
  let passed = false;
  try {
    // Both at once: the schema is migrated under an advisory lock, by whichever gets it first.
    await Promise.all(instances.map((i) => i.start()));
    const traffic = new Traffic(instances, Date.now() + options.minutes * 60_000 + 180_000);
    const tokens = await setUp(traffic, env.CADRE_ADMIN_PASSWORD, instances[0].baseUrl);
    const prefix = `soak-${started.toString(36)}-`;
    const run = await drive(options, traffic, tokens, instances, cluster, prefix, log);
    log(`load done in ${run.loadSeconds.toFixed(0)} s; waiting for the projections to catch up`);
    for (const instance of instances) if (!instance.running) await instance.start();
    await waitForProjections(instances[0].baseUrl, tokens.admin);
    const exitCodes = await Promise.all(instances.map((i) => i.stop()));
    log('checking: events per command, replay-check, verify');
    const engine = `PostgreSQL${cluster ? ` cluster ${cluster}` : ''}`;
    const db = { url: scratch.url, jwtSecret: env.CADRE_JWT_SECRET, masterKey: env.CADRE_MASTER_KEY, prefix, engine };
    const report = await assess(options, traffic, run, exitCodes, db);
    passed = report.checks.every((c) => c.ok);
    process.stdout.write((options.json ? JSON.stringify(report, null, 2) : renderSoak(report, run.startAt)) + '\n');
    for (const [what, ids] of Object.entries({ lost: report.ledger.lost, duplicated: report.ledger.duplicated }))
      if (ids.length) log(`${what}: ${ids.slice(0, 10).join(', ')}`);
    return passed;
  } finally {
    await Promise.all(instances.map((i) => i.kill()));
    instances.forEach((i) => i.close());
    if (!options.keep) {
      await scratch.drop().catch((error: Error) => log(`could not drop the scratch database: ${error.message}`));
      if (passed) rmSync(logs, { recursive: true, force: true });
    }
    if (!passed) log(`instance logs kept in ${logs}`);
  }
}

async function main(): Promise<void> {
  const options = parseSoakOptions(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(soakUsage + '\n');
    return;
  }
  // Bounded in time whatever happens: the load, a recovery allowance, and the checks.
  const limit = setTimeout(
    () => {
      log('soak exceeded its time limit');
      process.exit(1);
    },
    (options.minutes + 20) * 60_000,
  );
  limit.unref();
  process.exitCode = (await soak(options)) ? 0 : 1;
}

main().catch((error: Error) => {
  log(`soak failed: ${error.stack ?? error.message}`);
  process.exit(1);
});

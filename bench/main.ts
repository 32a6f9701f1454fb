import 'reflect-metadata';
import { cpus, loadavg, totalmem } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { EVENT_STORE, storeBeneath, type EventStore } from '../src/event-store/event-store.port.js';
import { PersonalKeys } from '../src/personal-data/personal-keys.js';
import { SealingEventStore } from '../src/personal-data/sealing-event-store.js';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import { JsonLogger } from '../src/http/json-logger.js';
import { ProjectionRebuilder } from '../src/projections/projection-rebuilder.js';
import { ProjectionRegistry } from '../src/projections/projection-registry.js';
import { benchAppends } from './append.bench.js';
import { benchDashboardAtScale } from './dashboard-at-scale.bench.js';
import { benchDashboardAtSize } from './dashboard-at-size.bench.js';
import { fillStore } from './fill.js';
import { benchHttpCommands } from './http-commands.bench.js';
import { parseOptions, usage } from './options.js';
import { rawInsertCeiling, rawSelectCeiling } from './raw-ceiling.bench.js';
import { benchRead } from './read.bench.js';
import { benchRebuilds, noopProjection } from './rebuild.bench.js';
import { progress, renderReport } from './report.js';
import type { BenchOptions, BenchResult } from './results.js';
import { openTarget, type BenchTarget } from './target.js';
import { benchVerify } from './verify.bench.js';

const stderrLogger = () => new JsonLogger('error', (line) => process.stderr.write(line + '\n'));

/** Everything measured against the app's own providers, with the live projections switched off. */
async function measureStore(target: BenchTarget, options: BenchOptions, result: BenchResult): Promise<void> {
  const ctx = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...target.env, CADRE_PROJECTIONS: 'off' }),
    {
      logger: stderrLogger(),
      abortOnError: false,
    },
  );
  try {
    const store = ctx.get<EventStore>(EVENT_STORE);
    const onPostgres = storeBeneath(store) instanceof PostgresEventStore;
    const keys = ctx.get(PersonalKeys);
    const db = ctx.get(DataSource);
    const [{ version }] = await db.query(`SELECT version()`);
    result.engine = `${target.engine}${process.env.KURRENTDB_URL ? ' + KurrentDB event store' : ''} (${String(version).split(' on ')[0]})`;
    const embedded = target.engine === 'PGlite';
    // These settings move the figures most: say what they were.
    const [settings] = await db.query(
      `SELECT current_setting('shared_buffers') AS shared_buffers, current_setting('fsync') AS fsync,
              current_setting('synchronous_commit') AS synchronous_commit, current_setting('autovacuum') AS autovacuum`,
    );
    result.settings = Object.entries(settings)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    const skip = (phase: string) => options.skip.includes(phase);

    progress(`fill: up to ${options.events} events`);
    result.fill = await fillStore({
      // KurrentDB records its own time; the PostgreSQL store takes the bench's clock. Either way
      // personal data is sealed as the server seals it (ADR 0080), so reads pay for opening it.
      storeFor: (clock) => (onPostgres ? new SealingEventStore(new PostgresEventStore(db, clock), keys) : store),
      target: options.events,
      seed: options.seed,
      concurrency: options.fillConcurrency ?? (embedded ? 1 : 4),
      deadline: Date.now() + (options.fillMinutes ?? (embedded ? 10 : Infinity)) * 60_000,
    });

    if (!skip('read')) {
      progress(`read: whole log in batches of ${options.readBatch}`);
      result.read = await benchRead(store, options.readBatch);
      if (!skip('ceiling')) result.read.ceilingPerSecond = (await rawSelectCeiling(db, options.readBatch)).perSecond;
    }

    if (!skip('verify')) {
      if (onPostgres) {
        progress('verify: every hash chain, stream head and the global order');
        result.verify = await benchVerify(db);
      } else result.notes.push('verify skipped: KurrentDB holds the events, and cadre hash-chains only its own table.');
    }

    if (!skip('rebuild')) {
      const registered = ctx.get(ProjectionRegistry).all();
      const chosen = options.projections ? registered.filter((p) => options.projections!.includes(p.name)) : registered;
      if (chosen.length === 0) result.rebuild.skipped = 'no projections registered (only the runner floor measured)';
      progress(`rebuild: ${[...chosen, noopProjection].map((p) => p.name).join(', ')}`);
      Object.assign(result.rebuild, await benchRebuilds(ctx.get(ProjectionRebuilder), [noopProjection, ...chosen]));
      if (!skip('dashboard') && ['tapering', 'plan'].every((n) => chosen.some((p) => p.name === n)))
        result.http.dashboard.push(...(await benchDashboardAtScale(ctx, options.dashboardReads)));
    }

    if (!skip('append'))
      for (const writers of [1, 8]) {
        progress(`append: ${writers} writer(s) for ${options.appendSeconds} s`);
        const figure = await benchAppends(store, writers, options.appendSeconds);
        if (!skip('ceiling')) {
          const connections = embedded ? 1 : writers;
          progress(`ceiling: raw INSERT on ${connections} connection(s) for ${options.appendSeconds} s`);
          figure.ceiling = { perSecond: await rawInsertCeiling(db, connections, options.appendSeconds), connections };
        }
        result.appends.push(figure);
      }
    if (embedded)
      result.notes.push(
        'PGlite has one connection: 8 writers queue on it, and its raw INSERT ceiling is one connection.',
      );
  } finally {
    await ctx.close();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') return void process.stdout.write(usage + '\n');
  const target = await openTarget(options.keep);
  const interrupted = () => void target.cleanup().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  const result = emptyResult(target, options);
  const runHttp = async () => {
    progress(`http: ${options.httpRequests} requests per command, ${options.httpConcurrency} in flight`);
    Object.assign(
      result.http,
      await benchHttpCommands(target.env, {
        requests: options.httpRequests,
        concurrency: options.httpConcurrency,
        dashboardPosts: options.dashboardPosts,
        dashboardReads: options.dashboardReads,
        adminPassword: target.adminPassword,
        notes: result.notes,
      }),
    );
  };
  // Projections not rebuilt would have to catch up from zero before the first command could
  // settle, so without a full rebuild the commands run first, on the empty store.
  const skipHttp = options.skip.includes('http');
  const httpFirst = !skipHttp && (options.skip.includes('rebuild') || options.projections !== undefined);
  try {
    if (httpFirst) {
      result.notes.push('HTTP commands ran first, on an empty store, because not every projection was rebuilt.');
      await runHttp();
    }
    await measureStore(target, options, result);
    if (!skipHttp && !httpFirst) await runHttp();
    if (!options.skip.includes('dashboard'))
      result.http.dashboard.push(
        ...(await benchDashboardAtSize({
          staff: options.dashboardStaff,
          posts: options.dashboardPosts,
          reads: options.dashboardReads,
        })),
      );
  } finally {
    process.removeListener('SIGINT', interrupted);
    await target.cleanup();
  }
  result.loadAverage.end = loadavg()[0];
  const table = renderReport(result);
  if (options.json) {
    process.stderr.write(table + '\n');
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  } else process.stdout.write(table + '\n');
}

function emptyResult(target: BenchTarget, options: BenchOptions): BenchResult {
  const cpu = cpus();
  return {
    engine: target.engine,
    target: target.describe,
    machine: `${cpu.length} CPUs (${cpu[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`,
    loadAverage: { start: loadavg()[0] },
    startedAt: new Date().toISOString(),
    options,
    fill: { events: 0, streams: 0, seconds: 0, eventsPerSecond: 0, refusedDecisions: 0, eventTypes: {} },
    appends: [],
    rebuild: { projections: [] },
    http: { concurrency: options.httpConcurrency, commands: [], dashboard: [] },
    notes: [
      'Rebuild rates are set against the raw SELECT ceiling: a rebuild must at least read every event once.',
      'bench-noop applies nothing: its rebuild is the runner floor (reads, batch transactions, checkpoints).',
    ],
  };
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});

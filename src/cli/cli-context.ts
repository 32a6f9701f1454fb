import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { loadConfig, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, storeBeneath, type EventStore } from '../event-store/event-store.port.js';
import { PostgresEventStore } from '../event-store/postgres/postgres-event-store.js';
import { JsonLogger } from '../http/json-logger.js';
import type { ProjectionRegistry } from '../projections/projection-registry.js';
import type { Projection } from '../projections/projection.js';
import { progressBar } from './progress.js';

/** 0: done; 1: ran and found problems; 2: could not run at all. */
export const EXIT = { done: 0, problems: 1, couldNotRun: 2 } as const;

/** A failure that stops a command before it could do its work: bad configuration, database down, data directory locked. */
export class CouldNotRun extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Where progress bars are drawn, when stderr is a terminal; absent: progress is printed as lines. */
  terminal?: NodeJS.WriteStream;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  ...(process.stderr.isTTY ? { terminal: process.stderr } : {}),
};

/** The environment commands run with: the live projection runner is never started by a command. */
export const commandEnv = (env: NodeJS.ProcessEnv): Record<string, string | undefined> => ({
  ...env,
  CADRE_PROJECTIONS: 'off',
});

export function configFrom(env: Record<string, string | undefined>): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    throw new CouldNotRun(`configuration error: ${(error as Error).message}`);
  }
}

/**
 * Boots the application without HTTP and without following projections. Logs go to stderr so that
 * stdout holds only the command's answer.
 */
export async function withAppContext<T>(
  env: NodeJS.ProcessEnv,
  run: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const commandEnvironment = commandEnv(env);
  configFrom(commandEnvironment);
  let app: INestApplicationContext;
  try {
    app = await NestFactory.createApplicationContext(AppModule.forRoot(commandEnvironment), {
      logger: new JsonLogger('warn', (line) => process.stderr.write(line + '\n')),
      abortOnError: false,
    });
  } catch (error) {
    throw new CouldNotRun(`could not start: ${(error as Error).message}`);
  }
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/** A whole number as people read it: 1,024,351. */
export const count = (n: number): string => Math.round(n).toLocaleString('en-GB');

/**
 * Shows a long command's progress, `done()` being how far it has got: a progress bar when stderr
 * is a terminal (towards `total`, when known), else `line(done, ratePerSecond)` on stderr every
 * second, so logs and pipes get readable lines. Call the returned function to stop it.
 */
export function progressTicker(
  io: CliIo,
  done: () => number,
  line: (done: number, rate: number) => string,
  bar?: { label: string; total: number },
): () => void {
  if (io.terminal && bar) {
    const drawn = progressBar(bar.label, bar.total, { progress: true, stream: io.terminal });
    const timer = setInterval(() => drawn.update(done()), 200);
    return () => {
      clearInterval(timer);
      drawn.update(done());
      drawn.stop();
    };
  }
  let last = { at: Date.now(), done: done() };
  const timer = setInterval(() => {
    const now = Date.now();
    const value = done();
    const rate = ((value - last.done) * 1000) / Math.max(1, now - last.at);
    last = { at: now, done: value };
    io.err(line(value, rate));
  }, 1000);
  return () => clearInterval(timer);
}

/** The projections named (all when none is), or `CouldNotRun` naming the unknown ones and the known. */
export function chooseProjections(registry: ProjectionRegistry, names: string[]): Projection[] {
  const known = registry.all().map((p) => p.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length)
    throw new CouldNotRun(`no projection named ${unknown.join(', ')}; known: ${known.join(', ') || '(none)'}`);
  return names.length ? names.map((n) => registry.get(n)) : registry.all();
}

/** Events in the log, for a progress bar's total (undefined when the log is not in this database). */
export async function eventsInLog(app: INestApplicationContext): Promise<number | undefined> {
  if (!(storeBeneath(app.get<EventStore>(EVENT_STORE)) instanceof PostgresEventStore)) return undefined;
  const [{ n }] = (await app.get(DataSource).query(`SELECT count(*)::int AS n FROM events`)) as { n: number }[];
  return n;
}

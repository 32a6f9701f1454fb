import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadConfig, type AppConfig } from '../config/app-config.js';
import { JsonLogger } from '../http/json-logger.js';
import type { ProjectionRegistry } from '../projections/projection-registry.js';
import type { Projection } from '../projections/projection.js';

/** 0: done; 1: ran and found problems; 2: could not run at all. */
export const EXIT = { done: 0, problems: 1, couldNotRun: 2 } as const;

/** A failure that stops a command before it could do its work: bad configuration, database down, data directory locked. */
export class CouldNotRun extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
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
 * Prints `line(done, ratePerSecond)` on stderr every second, `done()` being the progress so far;
 * call the returned function to stop it.
 */
export function progressTicker(
  io: CliIo,
  done: () => number,
  line: (done: number, rate: number) => string,
): () => void {
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

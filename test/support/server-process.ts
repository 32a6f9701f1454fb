import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// A private build per test process: dist/ belongs to whoever last ran `npm run build`, and a
// build racing a test would swap the code under it. Inside node_modules so packages resolve.
const BUILDS = join(ROOT, 'node_modules', '.cache', 'cadre-test-build');
const OUT_DIR = join(BUILDS, String(process.pid));
export const SERVER_ENTRY = join(OUT_DIR, 'src', 'main.js');
export const CLI_ENTRY = join(OUT_DIR, 'src', 'cli', 'main.js');

/**
 * Compiles the app as `npm run build` does (tsconfig.build.json), once per test process, so the
 * tests run the JavaScript an operator runs. Type errors elsewhere in the tree (work in progress)
 * do not stop the emit; only a missing entry point does.
 */
export function buildOnce(): void {
  const marker = join(OUT_DIR, '.built');
  if (existsSync(marker)) return;
  removeBuildsOfDeadProcesses();
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', OUT_DIR],
    { cwd: ROOT, encoding: 'utf8' },
  );
  for (const entry of [SERVER_ENTRY, CLI_ENTRY])
    if (!existsSync(entry)) throw new Error(`build did not produce ${entry}:\n${result.stdout}${result.stderr}`);
  writeFileSync(marker, '');
}

function removeBuildsOfDeadProcesses(): void {
  if (!existsSync(BUILDS)) return;
  for (const name of readdirSync(BUILDS)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (!alive) rmSync(join(BUILDS, name), { recursive: true, force: true });
  }
}

/**
 * A port nobody holds now. Between this check and the child binding it another process may take
 * it; when the test shards run side by side (.ci/run) each gets its own range (TEST_PORT_BASE,
 * 6,000 ports below the kernel's ephemeral range), so one shard's child never answers another's
 * requests. Without it the kernel picks.
 */
export async function freePort(): Promise<number> {
  const base = Number(process.env.TEST_PORT_BASE ?? 0);
  if (!base) return bindable(0);
  for (let i = 0; i < 100; i++) {
    const candidate = base + (nextOffset++ % PORTS_PER_SHARD);
    const port = await bindable(candidate).catch(() => null);
    if (port) return port;
  }
  throw new Error(`no free port in ${base}-${base + PORTS_PER_SHARD - 1}`);
}

const PORTS_PER_SHARD = 6000;
let nextOffset = Math.floor(Math.random() * PORTS_PER_SHARD);

const bindable = (port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as { port: number };
      server.close(() => resolve(bound));
    });
  });

/** An environment holding only what the child needs, so the test runner's settings never leak in. */
export const childEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LOG_LEVEL: 'warn',
  ...env,
});

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if the process has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node dist/src/main.js` and resolves once /health answers 200, or at once with
 * `waitForHealth: false` (the embedded server answers only between projection batches).
 */
export async function startServer(
  env: Record<string, string>,
  { waitForHealth = true, timeoutMs = 120_000 }: { waitForHealth?: boolean; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: childEnv({ ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const server: ServerProcess = {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    kill: async (signal = 'SIGKILL') => {
      if (!gone) child.kill(signal);
      return exited;
    },
    stop: async (graceMs = 30_000) => {
      if (!gone) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
  if (!waitForHealth) return server;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`server exited during start:\n${output}`);
    const ok = await fetch(`${server.baseUrl}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.kill();
  throw new Error(`server did not answer /health within ${timeoutMs} ms:\n${output}`);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/src/cli/main.js …` (the private build) to completion; `input` is its whole standard input. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 300_000,
  input = '',
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd: ROOT, env: childEnv(env) });
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Signs in over HTTP and returns a function for authorised JSON GETs. */
export async function signedIn(baseUrl: string, username: string, password: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

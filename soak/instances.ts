import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The built server, beside this file in dist/: the soak runs the JavaScript an operator runs. */
const SERVER_ENTRY = fileURLToPath(new URL('../src/main.js', import.meta.url));
export const CLI_ENTRY = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** GET /health answers 200 (the database answers this instance). */
export async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * One app instance as a child process on a fixed loopback port, so clients keep its address
 * across restarts. Its output is appended to a log file.
 */
export class Instance {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;
  private readonly log: WriteStream;
  readonly baseUrl: string;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    logFile: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.log = createWriteStream(logFile, { flags: 'a' });
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Starts the process and resolves once /health answers 200. */
  async start(timeoutMs = 120_000): Promise<void> {
    if (this.child) throw new Error(`${this.name} is already running`);
    this.log.write(`\n--- ${new Date().toISOString()} start ${this.name}\n`);
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        if (this.child === child) this.child = undefined;
        resolve(code);
      }),
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`${this.name} exited during start; see its log`);
      if (await healthy(this.baseUrl)) return;
      await sleep(200);
    }
    throw new Error(`${this.name} did not answer /health within ${timeoutMs} ms`);
  }

  /** SIGKILL: no draining, no checkpoint, no goodbye. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.log.write(`\n--- ${new Date().toISOString()} SIGKILL ${this.name}\n`);
    child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, as an orchestrator stops it; resolves with the exit code (SIGKILL after `graceMs`). */
  async stop(graceMs = 30_000): Promise<number | null> {
    const child = this.child;
    if (!child) return null;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      return await this.exited!;
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.log.end();
  }
}

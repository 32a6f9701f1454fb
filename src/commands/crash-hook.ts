import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/**
 * A test hook: kill this process (SIGKILL) at a chosen point of a command, so an integration test
 * can crash a real server between the commit of a command's events and its answer, deterministically.
 *
 * It cannot fire by accident. It needs both
 * - `CADRE_TEST_CRASH_TOKEN` set to a secret of 32+ characters when the server starts, which the
 *   configuration refuses when `NODE_ENV=production` (as the Docker image sets it), and logs as a
 *   warning otherwise; and
 * - a request carrying `X-Cadre-Test-Crash: <that token> <point>` and an Idempotency-Key.
 * Without the variable the header is ignored.
 */
export type CrashPoint = 'before-append' | 'after-commit';

export const CRASH_HEADER = 'X-Cadre-Test-Crash';
const POINTS: readonly CrashPoint[] = ['before-append', 'after-commit'];

export function crashPointOf(req: Request, token: string | undefined): CrashPoint | undefined {
  const header = req.header(CRASH_HEADER);
  if (!token || !header) return undefined;
  const [given, point] = header.trim().split(/\s+/);
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return undefined;
  return POINTS.find((p) => p === point);
}

export function crashIfAsked(at: CrashPoint, asked: CrashPoint | undefined): void {
  if (asked !== at) return;
  process.stderr.write(`cadre: test crash hook: SIGKILL at ${at}\n`);
  process.kill(process.pid, 'SIGKILL');
}

import { percentile, seconds } from './report.js';
import type { HttpFigure } from './results.js';

export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface HttpRequestSpec {
  path: string;
  body: unknown;
}

/** A JSON POST over Node's fetch (keep-alive), answering status and parsed body. */
export const postJson = (base: string, token: string | null, path: string, body: unknown): Promise<HttpAnswer> =>
  send(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

/** A GET with a bearer token, answering status and parsed body. */
export const getJson = (
  base: string,
  token: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> => send(base + path, { headers: { ...headers, authorization: `Bearer ${token}` } });

const send = async (url: string, init: RequestInit): Promise<HttpAnswer> => {
  const res = await fetch(url, init);
  const text = await res.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { message: text };
  }
  return { status: res.status, body: parsed };
};

/**
 * Sends `count` requests with at most `concurrency` in flight, timing each one from send to the
 * last byte of its answer. `onAnswer` sees every answer (to keep ids for the next phase).
 */
export async function runLoad(
  name: string,
  count: number,
  concurrency: number,
  send: (i: number) => Promise<HttpAnswer>,
  onAnswer: (i: number, answer: HttpAnswer) => void = () => undefined,
): Promise<HttpFigure & { firstFailure?: string }> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let firstFailure: string | undefined;
  let ok = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const t0 = performance.now();
      const answer = await send(i);
      latencies.push(performance.now() - t0);
      onAnswer(i, answer);
      if (answer.status >= 200 && answer.status < 300) ok++;
      else {
        const key = `${answer.status} ${String(answer.body.code ?? '')}`.trim();
        failures[key] = (failures[key] ?? 0) + 1;
        firstFailure ??= `${key}: ${String(answer.body.message ?? '')}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = seconds(started);
  return {
    name,
    requests: count,
    ok,
    failed: count - ok,
    failures,
    seconds: elapsed,
    perSecond: ok / elapsed,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    ...(firstFailure ? { firstFailure } : {}),
  };
}

export const skippedFigure = (name: string, reason: string): HttpFigure => ({
  name,
  requests: 0,
  ok: 0,
  failed: 0,
  failures: {},
  seconds: 0,
  perSecond: 0,
  p50Ms: NaN,
  p95Ms: NaN,
  p99Ms: NaN,
  skipped: reason,
});

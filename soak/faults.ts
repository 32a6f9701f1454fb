import type { Rng } from '../bench/rng.js';
import { restartCluster } from './database.js';
import { healthy, sleep, type Instance } from './instances.js';

/** A stretch of time during which 5xx answers are expected: a fault, until the app is back. */
export interface FaultWindow {
  kind: 'kill' | 'pg-restart';
  target: string;
  from: number;
  to: number;
}

/** After the app is healthy again, requests already in flight may still meet the fault. */
const GRACE_MS = 2000;

export interface FaultPlan {
  instances: Instance[];
  kills: number;
  pgRestarts: number;
  cluster?: string;
  startAt: number;
  endAt: number;
  rng: Rng;
  log: (line: string) => void;
}

/**
 * Kills an instance (SIGKILL) or restarts PostgreSQL at random moments between 10% and 85% of
 * the run, one fault at a time: each fault's slot of the run starts it at a random point of the
 * slot's first half, and the next waits until the app has recovered from the last.
 */
export async function runFaults(plan: FaultPlan): Promise<FaultWindow[]> {
  const faults: FaultWindow['kind'][] = [
    ...Array<FaultWindow['kind']>(plan.kills).fill('kill'),
    ...Array<FaultWindow['kind']>(plan.pgRestarts).fill('pg-restart'),
  ];
  for (let i = faults.length - 1; i > 0; i--) {
    const j = plan.rng.int(0, i);
    [faults[i], faults[j]] = [faults[j], faults[i]];
  }
  const span = plan.endAt - plan.startAt;
  const first = plan.startAt + 0.1 * span;
  const slot = (0.75 * span) / Math.max(1, faults.length);
  const windows: FaultWindow[] = [];
  for (const [i, kind] of faults.entries()) {
    await sleep(Math.max(0, first + slot * (i + 0.5 * plan.rng.next()) - Date.now()));
    windows.push(kind === 'kill' ? await kill(plan) : await restartPostgres(plan));
  }
  return windows;
}

async function kill(plan: FaultPlan): Promise<FaultWindow> {
  const instance = plan.rng.pick(plan.instances);
  const from = Date.now();
  await instance.kill();
  const downMs = plan.rng.int(500, 3000);
  plan.log(`fault: SIGKILL ${instance.name}; restarting it in ${downMs} ms`);
  await sleep(downMs);
  await instance.start();
  plan.log(`fault: ${instance.name} healthy again after ${((Date.now() - from) / 1000).toFixed(1)} s`);
  return { kind: 'kill', target: instance.name, from, to: Date.now() + GRACE_MS };
}

async function restartPostgres(plan: FaultPlan): Promise<FaultWindow> {
  const from = Date.now();
  plan.log(`fault: restarting PostgreSQL (${plan.cluster})`);
  await restartCluster(plan.cluster!);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const up = await Promise.all(plan.instances.map((i) => healthy(i.baseUrl)));
    if (up.every(Boolean)) break;
    if (Date.now() > deadline) throw new Error('the instances did not recover within 2 minutes of the restart');
    await sleep(200);
  }
  plan.log(`fault: both instances healthy again ${((Date.now() - from) / 1000).toFixed(1)} s after the restart began`);
  return { kind: 'pg-restart', target: plan.cluster!, from, to: Date.now() + GRACE_MS };
}

/** Whether a request sent at `sentAt` and answered at `answeredAt` overlaps any fault window. */
export const duringFault = (windows: FaultWindow[], sentAt: number, answeredAt: number): boolean =>
  windows.some((w) => sentAt <= w.to && answeredAt >= w.from);

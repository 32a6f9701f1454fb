import { loadavg } from 'node:os';
import { Rng } from '../bench/rng.js';
import type { Traffic } from './client.js';
import { runFaults, type FaultWindow } from './faults.js';
import type { Instance } from './instances.js';
import type { SoakOptions } from './options.js';
import type { Role } from './plans.js';
import { Workload } from './workload.js';
import { World } from './world.js';

export interface Drive {
  windows: FaultWindow[];
  loadSeconds: number;
  startAt: number;
  /** One-minute load average when the load started and when it ended: other work on the machine. */
  loadAverage: [number, number];
}

/**
 * C clients, each sending the next request of the mix as soon as the last is answered, to its own
 * instance first (half the clients each), while the faults happen. Every command carries the
 * correlation id `prefix` + n, which is also its Idempotency-Key.
 */
export async function drive(
  options: SoakOptions,
  traffic: Traffic,
  tokens: Record<Role, string>,
  instances: Instance[],
  cluster: string | undefined,
  prefix: string,
  log: (line: string) => void,
): Promise<Drive> {
  const rng = new Rng(options.seed);
  const world = new World(rng);
  const workload = new Workload(world, rng);
  const startAt = Date.now();
  const loadAtStart = loadavg()[0];
  const endAt = startAt + options.minutes * 60_000;
  const { kills, pgRestarts } = options;
  log(`load: ${options.clients} clients for ${options.minutes} min; ${kills} kills, ${pgRestarts} PostgreSQL restarts`);
  const faults = runFaults({ instances, kills, pgRestarts, cluster, startAt, endAt, rng, log });
  let sent = 0;
  const client = async (home: number) => {
    while (Date.now() < endAt && world.commandsIssued < options.maxCommands) {
      const plan = workload.next();
      if (!('body' in plan)) {
        await traffic.read(plan.kind, tokens[plan.role], plan.path, home);
        continue;
      }
      const correlationId = `${prefix}${sent++}`;
      const answer = await traffic.command(plan.kind, tokens[plan.role], plan.path, plan.body, correlationId, home);
      if (answer && answer.status >= 200 && answer.status < 300) plan.acknowledged(answer);
      plan.done();
    }
  };
  const ticker = setInterval(() => {
    const { samples, retries, serverErrors } = traffic;
    log(`load: ${samples.length} answered, ${retries} retries, ${serverErrors.length} 5xx`);
  }, 30_000);
  try {
    const [windows] = await Promise.all([
      faults,
      Promise.all(Array.from({ length: options.clients }, (_, i) => client(i % instances.length))),
    ]);
    const loadAverage: [number, number] = [loadAtStart, loadavg()[0]];
    return { windows, loadSeconds: (Date.now() - startAt) / 1000, startAt, loadAverage };
  } finally {
    clearInterval(ticker);
  }
}

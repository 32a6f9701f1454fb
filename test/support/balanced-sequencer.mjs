import TestSequencer from '@jest/test-sequencer';

/**
 * Splits the suites between shards (`npm test -- --shard=i/n`, as .ci/run does to use both
 * CPUs) by how long each takes rather than by file name, so no shard is left with every slow
 * suite; and runs the slowest first within a shard, so a long suite never starts last. Seconds
 * measured on PGlite plus PostgreSQL, two shards side by side on a two-CPU machine (.ci/run); a
 * suite not listed counts by its tier. Rough is fine: the greedy split only needs the big ones right.
 */
const MEASURED = [
  ['test/workload/pipeline-workload', 200],
  ['test/integration/projection-crash', 180],
  ['test/integration/cli.int', 150],
  ['test/integration/as-at-property', 130],
  ['test/integration/projection-rebuild', 90],
  ['test/browser/page-load', 90],
  ['test/imports/import-scale', 80],
  ['test/integration/cli-audit', 75],
  ['test/e2e/write-routes.fuzz', 60],
  ['test/integration/cli-users', 60],
  ['test/scenario/four-year-scenario', 55],
  ['test/integration/crash-retries', 55],
  ['test/e2e/erasure', 45],
  ['test/e2e/access-matrix', 30],
  ['test/integration/integrity-verifier', 22],
  ['test/integration/verify-export', 19],
  ['test/browser/', 16],
  ['test/integration/replay-check', 18],
  ['test/integration/personal-keys', 17],
  ['test/integration/last-place-race', 16],
  ['test/e2e/ladder', 16],
  ['src/plan/application/initial-plan', 15],
  ['test/e2e/login-throttling', 14],
];

const estimate = (path) => {
  const known = MEASURED.find(([part]) => path.includes(part));
  if (known) return known[1];
  if (path.includes('.e2e.spec')) return 8;
  if (path.includes('.int.spec')) return 10;
  return 1;
};

const slowestFirst = (tests) =>
  [...tests].sort((a, b) => estimate(b.path) - estimate(a.path) || (a.path < b.path ? -1 : 1));

export default class BalancedSequencer extends TestSequencer {
  shard(tests, { shardIndex, shardCount }) {
    const load = new Array(shardCount).fill(0);
    const mine = [];
    for (const test of slowestFirst(tests)) {
      const lightest = load.indexOf(Math.min(...load));
      load[lightest] += estimate(test.path);
      if (lightest === shardIndex - 1) mine.push(test);
    }
    return mine;
  }

  sort(tests) {
    return slowestFirst(tests);
  }
}

import TestSequencer from '@jest/test-sequencer';

/**
 * Splits the suites between shards (`npm test -- --shard=i/n`, as .ci/run does to use both
 * CPUs) by how long each takes rather than by file name, so no shard is left with every slow
 * suite; and runs the slowest first within a shard, so a long suite never starts last. Seconds
 * measured on PGlite plus PostgreSQL, two shards side by side on a two-CPU machine (.ci/run); a
 * suite not listed counts by its tier. Rough is fine: the greedy split only needs the big ones right.
 * Re-measured 2026-12-07 from `--json` reports of both shards (test durations, seconds).
 */
const MEASURED = [
  ['test/integration/projection-crash', 149],
  ['test/integration/cli.int', 122],
  ['test/workload/pipeline-workload', 108],
  ['test/integration/as-at-property', 97],
  ['test/integration/projection-rebuild', 76],
  ['test/imports/import-scale', 73],
  ['test/integration/cli-audit', 59],
  ['test/integration/cli-users', 53],
  ['test/integration/crash-retries', 50],
  ['test/e2e/write-routes.fuzz', 44],
  ['test/scenario/four-year-scenario', 43],
  // 14 s from the cached seeded database, about 60 s when it must seed 5,000 staff afresh.
  ['test/browser/page-load', 40],
  ['test/browser/hr-ladder', 32],
  ['test/e2e/centre', 28],
  ['test/e2e/caseloads', 24],
  ['test/integration/integrity-verifier', 21],
  ['test/e2e/ladder', 21],
  ['test/browser/auditor', 19],
  ['src/centre/read-model/centre-as-at', 17],
  ['test/e2e/imports-bad-rows', 17],
  ['test/e2e/staff.e2e', 17],
  ['test/e2e/web-app', 17],
  ['test/e2e/access-matrix', 16],
  ['test/e2e/auth.e2e', 16],
  ['test/e2e/erasure', 16],
  ['test/e2e/user-management', 16],
  ['test/browser/as-at', 15],
  ['test/e2e/staff-list', 15],
  ['test/integration/verify-export', 15],
  ['test/e2e/audit-events', 15],
  ['test/e2e/posts', 15],
  ['test/e2e/login-throttling', 14],
  ['src/projections/projections-shutdown', 14],
  ['test/e2e/as-at.e2e', 14],
  ['test/e2e/csv-exports', 14],
  ['src/plan/application/initial-plan', 13],
  ['test/integration/replay-check', 12],
  ['test/browser/caseloads-centre', 12],
  ['test/e2e/audit-activity', 12],
  ['test/e2e/plan.e2e', 12],
  ['test/integration/personal-keys', 12],
  ['test/e2e/admin-projections', 12],
  ['src/auth/auth-http', 11],
  ['test/e2e/auditor-read-only', 11],
  ['test/e2e/imports.e2e', 11],
  ['test/browser/tapering', 10],
  ['test/integration/several-instances', 10],
  ['test/e2e/audit-verify', 10],
  ['test/e2e/error-bodies', 10],
  ['test/e2e/staff-requests', 10],
  ['test/integration/last-place-race', 9],
  ['test/e2e/idempotent-retries', 9],
  ['test/contract/postgres', 7],
  ['test/integration/outage-and-shutdown', 7],
  ['test/e2e/foundation', 7],
  ['src/auth/sql-user-directory', 6],
  ['test/e2e/http-hardening', 6],
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

// Prints each Jest shard's wall time and its slowest suites from `jest --json` reports, so a CI
// log says where the time went (.ci/run; the shard balance is in test/support/balanced-sequencer.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const SHOWN = 12;
for (const [i, file] of process.argv.slice(2).entries()) {
  if (!existsSync(file)) {
    console.log(`shard ${i + 1}: no report (${file})`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const suites = report.testResults
    .map((t) => ({ seconds: (t.endTime - t.startTime) / 1000, name: relative(process.cwd(), t.name) }))
    .sort((a, b) => b.seconds - a.seconds);
  const wall = (Math.max(report.startTime, ...report.testResults.map((t) => t.endTime)) - report.startTime) / 1000;
  console.log(`shard ${i + 1}: ${suites.length} suites in ${wall.toFixed(0)} s; slowest:`);
  for (const s of suites.slice(0, SHOWN)) console.log(`  ${s.seconds.toFixed(1).padStart(6)} s  ${s.name}`);
}

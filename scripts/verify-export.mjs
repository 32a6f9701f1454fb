#!/usr/bin/env node
// Checks the hash chains of a cadre event export (JSON Lines) with nothing but Node itself.
// Usage: node scripts/verify-export.mjs export.jsonl    (exit 0: intact, 1: problems, 2: could not read)
// The recipe is documented in docs/audit.md; this file is its reference implementation.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** JSON with object keys sorted at every depth and undefined members left out. */
export const canonicalJson = (value) => JSON.stringify(sortKeys(value));

const sortKeys = (value) => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => value[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
};

/** sha256( prevHash + "\n" + canonicalJson([streamId, version, eventId, type, schemaVersion, data, metadata]) ), hex. */
export const eventHash = (e) =>
  createHash('sha256')
    .update(e.prevHash)
    .update('\n')
    .update(canonicalJson([e.streamId, e.version, e.eventId, e.type, e.schemaVersion, e.data, e.metadata]))
    .digest('hex');

/**
 * Checks lines in file order. Per stream: versions consecutive, each prevHash equal to the hash
 * before it, each hash equal to the recomputed one. A stream whose first exported event is not
 * version 0 (a time-range export) is anchored on that event's own prevHash.
 */
export async function verifyLines(lines) {
  const streams = new Map();
  const problems = [];
  let events = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      problems.push(`line ${lineNo}: not JSON`);
      continue;
    }
    events++;
    const where = `line ${lineNo} (${e.streamId} v${e.version})`;
    const last = streams.get(e.streamId);
    if (last) {
      if (e.version !== last.version + 1) problems.push(`${where}: expected version ${last.version + 1}`);
      if (e.prevHash !== last.hash) problems.push(`${where}: prevHash does not match the previous event's hash`);
    } else if (e.version === 0 && e.prevHash !== '') {
      problems.push(`${where}: a stream's first event must have an empty prevHash`);
    }
    if (eventHash(e) !== e.hash) problems.push(`${where}: content does not match its hash`);
    streams.set(e.streamId, { version: e.version, hash: e.hash });
  }
  return { ok: problems.length === 0, events, streams: streams.size, problems };
}

const main = async (file) => {
  if (!file) {
    process.stderr.write('usage: node scripts/verify-export.mjs <export.jsonl>\n');
    return 2;
  }
  const input = createReadStream(file, 'utf8');
  const opened = new Promise((resolve, reject) => input.once('open', resolve).once('error', reject));
  try {
    await opened;
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${error.message}\n`);
    return 2;
  }
  const report = await verifyLines(createInterface({ input, crlfDelay: Infinity }));
  for (const problem of report.problems) process.stdout.write(`${problem}\n`);
  process.stdout.write(
    `${report.ok ? 'OK' : 'BROKEN'}: ${report.events} events in ${report.streams} streams, ${report.problems.length} problems\n`,
  );
  return report.ok ? 0 : 1;
};

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv[2]);

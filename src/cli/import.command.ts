import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { USER_DIRECTORY, type UserDirectory } from '../auth/index.js';
import { IMPORT_ROLES } from '../imports/application/kinds.js';
import { Importer, type ImportProgress } from '../imports/application/importer.service.js';
import type { ImportReport } from '../imports/domain/import-report.js';
import { IMPORT_KINDS, isImportKind, type ImportKind } from '../imports/domain/layout.js';
import { catchUpProjections } from './catch-up.js';
import { CouldNotRun, EXIT, count, withAppContext, type CliIo } from './cli-context.js';
import { progressBar, type ProgressBar } from './progress.js';

export interface ImportCommandOptions {
  dryRun?: boolean;
  actor?: string;
  progress?: boolean;
  json?: boolean;
}

/**
 * `cadre import <kind> <file>`: the same import as POST /api/imports/<kind>, then the read models
 * are brought up to date in this process. Exit 0 when imported (or nothing was left to import, or
 * a dry run found nothing wrong), 1 when the file has problems (nothing is written), 2 when it
 * could not run.
 */
export async function importCommand(
  kind: string,
  file: string,
  options: ImportCommandOptions,
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  if (!isImportKind(kind)) throw new CouldNotRun(`no import of ${kind}; one of ${IMPORT_KINDS.join(', ')}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CouldNotRun(`cannot read ${file}: ${(error as Error).message}`);
  }
  return withAppContext(env, async (app) => {
    const actor = await actorFor(app.get<UserDirectory>(USER_DIRECTORY), kind, options.actor);
    const bars = new Map<string, ProgressBar>();
    const onProgress = ({ phase, done, total }: ImportProgress) => {
      if (!bars.has(phase)) {
        for (const b of bars.values()) b.stop();
        bars.set(phase, progressBar(phase === 'check' ? 'checking rows' : 'writing', total, options));
      }
      bars.get(phase)!.update(done, total);
    };
    const { report, position } = await app
      .get(Importer)
      .run(kind, bytes, { file: basename(file), dryRun: options.dryRun ?? false, actor, onProgress });
    for (const b of bars.values()) b.stop();
    if (position) {
      const settling = Date.now();
      report.readModelsCaughtUp = await catchUpProjections(app, position, report.events, options);
      report.seconds.settle = Math.round((Date.now() - settling) / 100) / 10;
    }
    if (options.json) io.out(JSON.stringify(report, null, 2));
    else summarise(report, io);
    return report.status === 'rejected' ? EXIT.problems : EXIT.done;
  });
}

/** `--actor` must be a cadre user allowed to send these commands; without it, the operating-system user. */
async function actorFor(
  users: UserDirectory,
  kind: ImportKind,
  username?: string,
): Promise<{ username: string; id?: string }> {
  if (username === undefined) return { username: `cli:${userInfo().username}` };
  const found = await users.findCredentials(username);
  if (!found || found.account.disabled) throw new CouldNotRun(`no active user ${username}`);
  const allowed = IMPORT_ROLES[kind];
  if (!found.account.roles.some((r) => (allowed as string[]).includes(r)))
    throw new CouldNotRun(`${username} may not import ${kind}: that needs one of the roles ${allowed.join(', ')}`);
  return { username: found.account.username, id: found.account.id };
}

function summarise(r: ImportReport, io: CliIo): void {
  const total = r.seconds.check + r.seconds.write + r.seconds.settle;
  const rate = count(r.toImport / Math.max(total, 0.001));
  const skipped = `${count(r.alreadyImported)} already in, ${count(r.duplicates)} repeated`;
  const did = Object.entries(r.outcomes)
    .map(([what, n]) => `${what} ${count(n)}`)
    .join(', ');
  const timing = `check ${r.seconds.check} s, write ${r.seconds.write} s, read models ${r.seconds.settle} s`;
  switch (r.status) {
    case 'imported':
      io.out(
        `${r.file}: imported ${count(r.toImport)} of ${count(r.rows)} rows (${skipped}) as ${count(r.events)} events`,
      );
      io.out(`  ${did}`);
      io.out(`  ${total.toFixed(1)} s (${timing}): ${rate} rows/s`);
      if (r.readModelsCaughtUp === false)
        io.out('  the read models had not caught up when the command gave up waiting');
      return;
    case 'checked':
      io.out(
        `${r.file}: dry run, nothing written: ${count(r.toImport)} of ${count(r.rows)} rows would be imported (${skipped}) as ${count(r.events)} events`,
      );
      io.out(`  ${did}`);
      return;
    case 'nothing-to-import':
      io.out(`${r.file}: nothing to import: all ${count(r.rows)} rows are in already (${skipped})`);
      return;
    case 'rejected':
      io.out(
        `${r.file}: ${r.dryRun ? 'dry run: would be rejected' : 'rejected, nothing written'}: ${count(r.problems.length)} problem(s) in ${count(r.rows)} rows`,
      );
      for (const p of r.problems) io.out(`  line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.code}: ${p.message}`);
  }
}

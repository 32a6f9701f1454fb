import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

/**
 * PGlite does not lock its directory, and two processes writing one directory silently diverge,
 * so cadre holds a lock file for as long as it runs. A lock left by a dead process is taken over.
 */
export class DataDirLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'cadre.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(file, 'utf8'));
        if (holder && holder !== process.pid && isAlive(holder))
          throw new DataDirLockedError(
            `Data directory ${dataDir} is in use by process ${holder}; the embedded database allows one instance only. Stop it, or set CADRE_DATA_DIR to another directory.`,
          );
        rmSync(file, { force: true });
      }
    }
    throw new DataDirLockedError(`Could not lock data directory ${dataDir}`);
  }

  release(): void {
    rmSync(this.file, { force: true });
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

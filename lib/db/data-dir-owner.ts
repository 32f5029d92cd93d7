import 'server-only';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** PGlite lets one process own its data folder; a second one opening it would corrupt it. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${pid} (the storefront?): stop it first, or set DATABASE_URL to work on PostgreSQL beside running servers.`,
    );
    this.name = 'DataDirInUseError';
  }
}

const OWNER_FILE = 'aisle-owner.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `dataDir` for this process, or throws DataDirInUseError when a live process holds it
 * (this one included: one owner per process, too). A claim left by a process that died is
 * taken over. Answers the release, which is also run when the process exits.
 */
export function claimDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, OWNER_FILE);
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
      rmSync(file, { force: true });
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}

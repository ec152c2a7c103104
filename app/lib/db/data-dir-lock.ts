import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const LOCK_FILE = "waymark.lock";

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the data folder for this process, or throws DataDirInUseError naming the
 * process that holds it. Two PostgreSQL instances writing one folder would corrupt
 * it, so this runs before the embedded database opens anything. A lock left by a
 * process that died (kill -9, power loss) is taken over.
 *
 * Returns the function that releases the lock.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      const release = () => {
        if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(lockPath);
    const sameHost = owner?.hostname === os.hostname();
    // Our own pid in the file means a previous run of a container that reuses pids
    // (the caller guards against opening twice within one process).
    const heldByOther = owner && (!sameHost || (owner.pid !== process.pid && isAlive(owner.pid)));
    if (owner && heldByOther) {
      throw new DataDirInUseError(
        `The data folder ${dir} is already in use by Waymark process ${owner.pid} on ${owner.hostname} ` +
          `(started ${owner.startedAt}). Stop that process first, or set WAYMARK_DATA_DIR to another folder. ` +
          `If you are sure no such process runs, delete ${lockPath}.`,
      );
    }
    // The owner is gone (or the file is unreadable half-written junk): take over.
    fs.rmSync(lockPath, { force: true });
  }
  throw new DataDirInUseError(`Could not lock the data folder ${dir}; another process keeps taking it.`);
}

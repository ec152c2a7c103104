import "server-only";

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";

const LOCK = "waymark.lock";
const OWNER = "waymark.lock.owner.json";
/** A lock not refreshed for this long belongs to a process that died (kill -9, power loss). */
const STALE_MS = 10_000;

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

interface Owner {
  pid: number;
  hostname: string;
  startedAt: string;
}

function readOwner(dir: string): Owner | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, OWNER), "utf8")) as Owner;
  } catch {
    return null;
  }
}

function describeOwner(owner: Owner | null): string {
  return owner
    ? `Waymark process ${owner.pid} on ${owner.hostname} (started ${owner.startedAt})`
    : "another Waymark process";
}

/** True when the recorded owner ran on this machine and its process is gone (killed, crashed). */
function ownerIsDead(owner: Owner | null): boolean {
  if (!owner || owner.hostname !== os.hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Takes the data folder for this process, or throws DataDirInUseError naming the
 * process that holds it: two PostgreSQL instances writing one folder would
 * corrupt it. The lock is a directory created atomically (proper-lockfile) and
 * refreshed while the process lives, so a lock left by a dead process goes stale
 * and is taken over (at once when the owner's process on this machine is gone);
 * if this process ever loses it, it stops at once.
 *
 * Returns the function that releases the lock (it is also released on exit).
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  let release: () => void;
  try {
    release = takeLock(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = readOwner(dir);
    if (!ownerIsDead(owner)) {
      throw new DataDirInUseError(
        `The data folder ${dir} is already in use by ${describeOwner(owner)}. Stop that process first, or set ` +
          `WAYMARK_DATA_DIR to another folder. A lock left by a process that died is taken over at once on the same machine, ` +
          `otherwise ${STALE_MS / 1000} s after its death.`,
      );
    }
    // Its owner was killed on this machine: no need to wait until the lock goes stale.
    fs.rmSync(path.join(dir, LOCK), { recursive: true, force: true });
    release = takeLock(dir);
  }
  // For the message a second process shows; the lock itself is the directory.
  fs.writeFileSync(
    path.join(dir, OWNER),
    JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() }),
  );
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
    fs.rmSync(path.join(dir, OWNER), { force: true });
  };
}

function takeLock(dir: string): () => void {
  return lockfile.lockSync(dir, {
    lockfilePath: path.join(dir, LOCK),
    realpath: false,
    stale: STALE_MS,
    onCompromised: (error) => {
      console.error(
        `\nWaymark lost the lock on its data folder ${dir} (${error.message}); stopping to protect the data.\n`,
      );
      process.exit(1);
    },
  });
}

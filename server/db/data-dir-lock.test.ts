import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock";

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("lockDataDir", () => {
  it("takes a free folder and gives it back", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(fs.existsSync(path.join(dir, "waymark.lock"))).toBe(true);
    release();
    expect(fs.existsSync(path.join(dir, "waymark.lock"))).toBe(false);
    lockDataDir(dir)();
  });

  it("refuses a folder that is held, naming the holder", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dir)).toThrow(`already in use by Waymark process ${process.pid} on ${os.hostname()}`);
    } finally {
      release();
    }
  });

  it("takes over a lock its dead owner stopped refreshing", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "waymark.lock"));
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, "waymark.lock"), longAgo, longAgo);
    lockDataDir(dir)();
  });

  it("takes over at once a fresh lock whose owner on this machine is dead (killed)", () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid!;
    fs.mkdirSync(path.join(dir, "waymark.lock"));
    fs.writeFileSync(
      path.join(dir, "waymark.lock.owner.json"),
      JSON.stringify({ pid: dead, hostname: os.hostname(), startedAt: new Date().toISOString() }),
    );
    lockDataDir(dir)();
  });

  it("waits for staleness when the owner is alive or on another machine", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "waymark.lock"));
    fs.writeFileSync(
      path.join(dir, "waymark.lock.owner.json"),
      JSON.stringify({ pid: 1, hostname: "elsewhere", startedAt: new Date().toISOString() }),
    );
    expect(() => lockDataDir(dir)).toThrow("already in use by Waymark process 1 on elsewhere");
  });
});

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

function writeOwner(dir: string, owner: object) {
  fs.writeFileSync(path.join(dir, "waymark.lock"), JSON.stringify(owner));
}

describe("lockDataDir", () => {
  it("takes a free folder and gives it back", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "waymark.lock"), "utf8"))).toMatchObject({ pid: process.pid });
    release();
    expect(fs.existsSync(path.join(dir, "waymark.lock"))).toBe(false);
  });

  it("refuses a folder held by a live process, naming it", () => {
    const dir = tempDir();
    writeOwner(dir, { pid: 1, hostname: os.hostname(), startedAt: "2026-01-01T00:00:00Z" });
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(/already in use by Waymark process 1/);
  });

  it("takes over a lock left by a process that died", () => {
    const dir = tempDir();
    writeOwner(dir, { pid: 2 ** 22 + 12345, hostname: os.hostname(), startedAt: "2026-01-01T00:00:00Z" });
    lockDataDir(dir)();
  });

  it("takes over a half-written lock file", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "waymark.lock"), "{");
    lockDataDir(dir)();
  });
});

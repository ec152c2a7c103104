import { execFileSync } from "node:child_process";

/**
 * Resident memory, in MB, of the largest process in a process group: the
 * next-server process that `next start` forks (the `next` parent is small and
 * idle). startNextServer gives the server a group of its own, whose id is the
 * pid of the `next` process.
 */
export function serverRssMb(processGroupId: number): number {
  const listing = execFileSync("ps", ["-o", "pid=,rss=", "-g", String(processGroupId)], { encoding: "utf8" });
  const rssKb = listing
    .trim()
    .split("\n")
    .map((line) => Number(line.trim().split(/\s+/)[1]))
    .filter((value) => Number.isFinite(value));
  return Math.round(Math.max(0, ...rssKb) / 1024);
}

import fs from "node:fs";
import type { WaymarkUnderTest } from "../../support/waymark-under-test";

/*
 * What the benchmark reads from the server itself: SQL statements so far (its
 * own /api/metrics, as api-bench.ts does), the gauges whose name says cache (no
 * knowledge of how the caches work: whatever the server exports), and the
 * resident memory of its processes (/proc).
 */

// Fresh connections for bookkeeping requests: a kept-alive one the server has just timed out would fail the run.
const FRESH = { connection: "close" };

export async function metricsText(url: string): Promise<string> {
  const answer = await fetch(`${url}/api/metrics`, { headers: FRESH, signal: AbortSignal.timeout(30_000) });
  return answer.text();
}

export async function statementsSoFar(url: string): Promise<number> {
  return Number(/^waymark_db_statements_total (\d+)/m.exec(await metricsText(url))?.[1] ?? Number.NaN);
}

/** The server's CPU seconds so far, and its answer-cache lookups so far by "kind result" (e.g. "signed_out stale"). */
export async function serverCounters(url: string): Promise<{ cpuSeconds: number; lookups: Map<string, number> }> {
  const text = await metricsText(url);
  const lookups = new Map<string, number>();
  for (const match of text.matchAll(/^waymark_graphql_answer_cache_total\{kind="(\w+)",result="(\w+)"\} (\S+)$/gm))
    lookups.set(`${match[1]} ${match[2]}`, Number(match[3]));
  return { cpuSeconds: Number(/^process_cpu_seconds_total (\S+)/m.exec(text)?.[1] ?? Number.NaN), lookups };
}

/** Every sample of a gauge whose name mentions a cache, as printed by the server. */
export function cacheGauges(metrics: string): string[] {
  const gauges = new Set([...metrics.matchAll(/^# TYPE (\S*cache\S*) gauge$/gm)].map((match) => match[1]!));
  return metrics.split("\n").filter((line) => gauges.has(/^([^{\s]+)/.exec(line)?.[1] ?? ""));
}

function childrenOf(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function residentKib(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 80);
  } catch {
    return "?";
  }
}

/**
 * Resident memory of `next start` and every process under it: the CLI process
 * starts the server proper (next-server) as its child, which holds the caches.
 */
export function serverMemory(waymark: WaymarkUnderTest): { pid: number; command: string; rssMiB: number }[] {
  const found: number[] = [];
  const walk = (pid: number) => {
    found.push(pid);
    for (const child of childrenOf(pid)) walk(child);
  };
  walk(waymark.server.process.pid!);
  return found.map((pid) => ({ pid, command: commandOf(pid), rssMiB: residentKib(pid) / 1024 }));
}

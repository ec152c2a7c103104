import os from "node:os";
import v8 from "node:v8";
import vm from "node:vm";
import fc from "fast-check";
import { checkNoteLimits } from "../../server/services/notes/check-note-limits";
import { NOTE_LIMITS } from "../../server/services/notes/note-limits";
import { renderNote } from "../../server/services/notes/render-note";
import { renderNoteOrPlainText } from "../../server/services/notes/render-note-or-plain-text";
import { PATHOLOGICAL_NOTES, pathologicalNote } from "../support/pathological-notes";

/**
 * `npm run bench:notes`: renders a worst case of every pathological family at
 * the length limit, and random samples, through the write path (limits, then
 * render); prints the time and heap of each, and the worst. Notes the limits
 * refuse are timed through the read path's fallback instead (limits, then
 * escaped text), which is what a page pays for a note stored before the limits.
 * A measurement, not a test. Goal: worst render under 50 ms.
 *
 * Wall-clock time is what a request waits; on a shared machine it also counts
 * the time other processes hold the CPU, so the CPU time this process spent is
 * printed beside it, with the load average.
 */
const GOAL_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const mb = (bytes: number) => bytes / 1024 / 1024;

interface Measure {
  family: string;
  note: string;
  chars: number;
  verdict: string;
  medianMs: number;
  worstMs: number;
  worstCpuMs: number;
  heapMb: number;
}

/**
 * Median and worst of RUNS timed runs, then the heap one run allocates, measured
 * from a collected heap (garbage included: what the process grows by meanwhile).
 * No collection before the timed runs, as in a running server.
 */
function measure(family: string, note: string): Measure {
  let verdict = "accepted";
  try {
    checkNoteLimits(note);
  } catch (error) {
    verdict = `refused: ${(error as Error).message}`;
  }
  const render = verdict === "accepted" ? renderNote : renderNoteOrPlainText;
  const times: number[] = [];
  let worstCpuMs = 0;
  for (let run = 0; run < RUNS; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    render(note);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    worstCpuMs = Math.max(worstCpuMs, (used.user + used.system) / 1000);
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  render(note);
  const heap = process.memoryUsage().heapUsed - before;
  times.sort((a, b) => a - b);
  return {
    family,
    note,
    chars: note.length,
    verdict,
    medianMs: times[Math.floor(times.length / 2)]!,
    worstMs: times[times.length - 1]!,
    worstCpuMs,
    heapMb: mb(heap),
  };
}

// Warm the JIT the way a running server is warm.
const ordinary = PATHOLOGICAL_NOTES["prose: ordinary note"]!(NOTE_LIMITS.length);
for (let run = 0; run < 30; run++) renderNote(ordinary);

const loadBefore = os.loadavg()[0]!;
gc();
const heapAtStart = process.memoryUsage().heapUsed;
const results = Object.entries(PATHOLOGICAL_NOTES).map(([family, make]) => measure(family, make(NOTE_LIMITS.length)));
const samples = fc.sample(pathologicalNote(NOTE_LIMITS.length), { numRuns: SAMPLES, seed: 20261127 });
const randomResults = samples.map((note, index) => measure(`random #${index + 1} (fast-check)`, note));
gc();
const retainedMb = mb(process.memoryUsage().heapUsed - heapAtStart);

const fixed = (value: number, width: number) => value.toFixed(1).padStart(width);
console.log(
  `\nNote rendering at the ${NOTE_LIMITS.length.toLocaleString("en-US")}-character limit, ${RUNS} runs each (ms)`,
);
console.log(
  `${"family".padEnd(36)} ${"chars".padStart(6)} ${"median".padStart(7)} ${"worst".padStart(7)} ${"cpu".padStart(6)} ${"heap MB".padStart(8)}  verdict`,
);
for (const row of results) {
  console.log(
    `${row.family.padEnd(36)} ${String(row.chars).padStart(6)} ${fixed(row.medianMs, 7)} ${fixed(row.worstMs, 7)} ${fixed(row.worstCpuMs, 6)} ${fixed(row.heapMb, 8)}  ${row.verdict.slice(0, 80)}`,
  );
}
console.log("(median and worst: wall clock; cpu: the worst run's CPU time in this process)");

const all = [...results, ...randomResults];
const worstOf = (rows: Measure[], key: "worstMs" | "worstCpuMs") => rows.reduce((a, b) => (b[key] > a[key] ? b : a));
const summarise = (label: string, rows: Measure[]) => {
  if (rows.length === 0) return;
  const worst = worstOf(rows, "worstMs");
  const worstCpu = worstOf(rows, "worstCpuMs");
  const medians = rows.map((row) => row.medianMs).sort((a, b) => a - b);
  const heaviest = rows.reduce((a, b) => (b.heapMb > a.heapMb ? b : a));
  const describe = (row: Measure) =>
    row.family.startsWith("random") ? `${row.family}, ${JSON.stringify(row.note.slice(0, 40))}…` : row.family;
  console.log(`\n${label} (${rows.length} notes)`);
  console.log(`  worst render, wall  ${fixed(worst.worstMs, 7)} ms  (${describe(worst)})`);
  console.log(`  worst render, cpu   ${fixed(worstCpu.worstCpuMs, 7)} ms  (${describe(worstCpu)})`);
  const slowest = rows.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  console.log(`  median render       ${fixed(medians[Math.floor(medians.length / 2)]!, 7)} ms`);
  // A family's median shrugs off one run that another process or a collection delayed.
  console.log(`  slowest median      ${fixed(slowest.medianMs, 7)} ms  (${describe(slowest)})`);
  console.log(
    `  heap growth         ${fixed(heaviest.heapMb, 7)} MB  at most, during one render (${describe(heaviest)})`,
  );
};
const accepted = all.filter((row) => row.verdict === "accepted");
summarise("Accepted notes, write path (limits + render)", accepted);
summarise(
  "Refused notes, read path (limits + escaped text)",
  all.filter((row) => row.verdict !== "accepted"),
);
const randomAccepted = randomResults.filter((row) => row.verdict === "accepted").length;
console.log(`\nRandom samples: ${randomAccepted} of ${randomResults.length} accepted`);
console.log(`Heap retained after all renders (after GC): ${retainedMb.toFixed(1)} MB`);
console.log(
  `Load average (1 min) before and after: ${loadBefore.toFixed(2)}, ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`,
);
const worstWall = worstOf(all, "worstMs").worstMs;
const worstCpu = worstOf(all, "worstCpuMs").worstCpuMs;
const slowestMedian = Math.max(...all.map((row) => row.medianMs));
const verdict = (ms: number) => `${ms < GOAL_MS ? "met" : "NOT MET"} (${ms.toFixed(1)} ms)`;
console.log(
  `Goal, every render under ${GOAL_MS} ms: worst wall ${verdict(worstWall)}, worst cpu ${verdict(worstCpu)}, slowest median ${verdict(slowestMedian)}`,
);

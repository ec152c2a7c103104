import os from "node:os";
import v8 from "node:v8";
import vm from "node:vm";
import fc from "fast-check";
import { checkNoteLimits } from "../../app/lib/services/notes/check-note-limits";
import { NOTE_LIMITS } from "../../app/lib/services/notes/note-limits";
import { renderNote } from "../../app/lib/services/notes/render-note";
import { renderNoteOrPlainText } from "../../app/lib/services/notes/render-note-or-plain-text";
import { PATHOLOGICAL_NOTES, pathologicalNote } from "../support/pathological-notes";

/**
 * `npm run bench:notes`: renders a worst case of every pathological family at
 * the length limit, and random samples, through the write path (limits, then
 * render); prints the time and heap of each, and the worst. Notes the limits
 * refuse are timed through the read path's fallback instead (limits, then
 * escaped text), which is what a page pays for a note stored before the limits.
 * A measurement, not a test. Goal: worst accepted render under 50 ms.
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
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    render(note);
    times.push(performance.now() - start);
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
    heapMb: mb(heap),
  };
}

// Warm the JIT the way a running server is warm.
const ordinary = PATHOLOGICAL_NOTES["prose: ordinary note"]!(NOTE_LIMITS.length);
for (let run = 0; run < 30; run++) renderNote(ordinary);

gc();
const heapAtStart = process.memoryUsage().heapUsed;
const results = Object.entries(PATHOLOGICAL_NOTES).map(([family, make]) => measure(family, make(NOTE_LIMITS.length)));
const samples = fc.sample(pathologicalNote(NOTE_LIMITS.length), { numRuns: SAMPLES, seed: 20261127 });
const randomResults = samples.map((note, index) => measure(`random #${index + 1} (fast-check)`, note));
gc();
const retainedMb = mb(process.memoryUsage().heapUsed - heapAtStart);

const fixed = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width);
console.log(
  `\nNote rendering at the ${NOTE_LIMITS.length.toLocaleString("en-US")}-character limit, ${RUNS} runs each (ms, wall clock)`,
);
console.log(
  `${"family".padEnd(36)} ${"chars".padStart(6)} ${"median".padStart(7)} ${"worst".padStart(7)} ${"heap MB".padStart(8)}  verdict`,
);
for (const row of results) {
  console.log(
    `${row.family.padEnd(36)} ${String(row.chars).padStart(6)} ${fixed(row.medianMs, 7)} ${fixed(row.worstMs, 7)} ${fixed(row.heapMb, 8)}  ${row.verdict.slice(0, 90)}`,
  );
}

const all = [...results, ...randomResults];
const summarise = (label: string, rows: Measure[]) => {
  if (rows.length === 0) return;
  const worst = rows.reduce((a, b) => (b.worstMs > a.worstMs ? b : a));
  const medians = rows.map((row) => row.medianMs).sort((a, b) => a - b);
  const heaviest = rows.reduce((a, b) => (b.heapMb > a.heapMb ? b : a));
  console.log(`\n${label} (${rows.length} notes)`);
  console.log(`  worst render   ${fixed(worst.worstMs, 7)} ms  (${worst.family})`);
  if (worst.family.startsWith("random"))
    console.log(`                 note starts ${JSON.stringify(worst.note.slice(0, 60))}`);
  console.log(`  median render  ${fixed(medians[Math.floor(medians.length / 2)]!, 7)} ms`);
  console.log(`  heap growth    ${fixed(heaviest.heapMb, 7)} MB  at most, during one render (${heaviest.family})`);
};
const accepted = all.filter((row) => row.verdict === "accepted");
const randomAccepted = randomResults.filter((row) => row.verdict === "accepted").length;
summarise("Accepted notes, write path (limits + render)", accepted);
summarise(
  "Refused notes, read path (limits + escaped text)",
  all.filter((row) => row.verdict !== "accepted"),
);
console.log(`\nRandom samples: ${randomAccepted} of ${randomResults.length} accepted`);
console.log(`Heap retained after all renders (after GC): ${retainedMb.toFixed(1)} MB`);
console.log(
  `Load average while measuring: ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(", ")} on ${os.cpus().length} cores`,
);
const worstAccepted = Math.max(...accepted.map((row) => row.worstMs));
const worstAny = Math.max(...all.map((row) => row.worstMs));
console.log(
  `Goal: every note under ${GOAL_MS} ms: ${worstAny < GOAL_MS ? "met" : "NOT MET"} (worst accepted ${worstAccepted.toFixed(1)} ms, worst of all ${worstAny.toFixed(1)} ms)`,
);

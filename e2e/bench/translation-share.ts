import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { startWaymark } from "../support/waymark-under-test";
import { runLoad } from "./support/load-window";
import { ensureProductionBuild } from "./support/production-build";

ensureProductionBuild();

/*
 * npm run bench:translation
 *
 * What translating costs each page the server renders (issue 25: "server render time unchanged
 * within noise"), measured inside one build rather than against a build without it: an A/B
 * against a build whose t() is stubbed changes the page itself (keys are shorter than sentences,
 * rich text's chunks are never rendered), so it measures the page, not the translating.
 *
 * A production server runs under V8's sampling profiler (support/cpu-profile-hook.cjs); each page
 * is loaded for BENCH_SECONDS (10) at BENCH_CONNECTIONS (4), signed out, in its language. The
 * samples taken during a page's window are split by their stack, mapped through the server's
 * source maps: those with a frame of the translating code (next-intl, use-intl, the ICU message
 * formatter, @formatjs, and Waymark's own i18n modules) below them, against all the main thread's
 * busy samples (garbage collection included, idle excluded). Not counted: writing the messages
 * sent to the browser into the page (React's serialising, in no frame of theirs).
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const PAGES = [
  { label: "roadmap page (44 items), English", path: "/roadmaps/backend", language: "en" },
  { label: "roadmap page (44 items), Japanese", path: "/roadmaps/backend", language: "ja" },
  { label: "home page, Arabic", path: "/", language: "ar" },
  { label: "home page, English", path: "/", language: "en" },
  { label: "explore, Spanish", path: "/explore", language: "es" },
  { label: "guest dashboard, German", path: "/dashboard", language: "de" },
];
// Original sources (after the source maps) that are the translating.
const TRANSLATING =
  /node_modules\/(next-intl|use-intl|intl-messageformat|icu-minify|@formatjs)\/|(^|\/)(i18n|server\/i18n|shared\/i18n|components\/i18n)\//;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-translation-"));
const waymark = await startWaymark("postgres", {
  port: 3287,
  env: {
    RATE_LIMIT_PER_MINUTE: "1000000000",
    NODE_OPTIONS: `--require ${path.join(import.meta.dirname, "support/cpu-profile-hook.cjs")}`,
    WAYMARK_PROFILE_DIR: folder,
  },
});
// Each page's window on the monotonic clock, in µs, as V8 times its samples.
const windows: { label: string; from: number; to: number; pages: number; kB: number }[] = [];
const now = () => Number(process.hrtime.bigint() / 1000n);
try {
  for (const page of PAGES) {
    const request = () => ({ method: "GET" as const, path: page.path, headers: { "accept-language": page.language } });
    const first = await fetch(`${waymark.url}${page.path}`, { headers: { "accept-language": page.language } });
    const html = await first.text();
    if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}`);
    await runLoad({ url: waymark.url, connections: CONNECTIONS, seconds: 2, request });
    const from = now();
    const load = await runLoad({ url: waymark.url, connections: CONNECTIONS, seconds: SECONDS, request });
    windows.push({ label: page.label, from, to: now(), pages: load.requests, kB: Buffer.byteLength(html) / 1024 });
    if (load.errors > 0) throw new Error(`${page.label}: ${load.errors} errors (${load.firstError})`);
  }
} finally {
  await waymark.stop();
}

const consumers = new Map<string, SourceMapConsumer | null>();
/** The original source of a frame of the built server, or its own URL when it has no map. */
function originalSource(frame: ProfileNode["callFrame"]): string {
  if (!frame.url.startsWith("file://")) return frame.url;
  const file = new URL(frame.url).pathname;
  if (!consumers.has(file)) {
    const map = `${file}.map`;
    consumers.set(
      file,
      fs.existsSync(map) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(map, "utf8")) as RawSourceMap) : null,
    );
  }
  const consumer = consumers.get(file);
  if (!consumer) return file;
  const position = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  return position.source ?? file;
}

const profiles = fs.readdirSync(folder).filter((name) => name.endsWith(".cpuprofile"));
const profile = profiles
  .map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")) as Profile)
  .sort((a, b) => b.samples.length - a.samples.length)[0];
if (!profile) throw new Error(`no profile written to ${folder}`);

// Per node, each computed once: its frame's original source, and whether a frame of the
// translating is at or above it (its caller chain).
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const sources = new Map<number, string>();
const sourceOf = (id: number): string => {
  let source = sources.get(id);
  if (source === undefined) {
    source = originalSource(byId.get(id)!.callFrame);
    sources.set(id, source);
  }
  return source;
};
const translating = new Map<number, boolean>();
const isTranslating = (id: number): boolean => {
  const known = translating.get(id);
  if (known !== undefined) return known;
  const parent = parentOf.get(id);
  const answer = TRANSLATING.test(sourceOf(id)) || (parent !== undefined && isTranslating(parent));
  translating.set(id, answer);
  return answer;
};
/** Of a translating node, the outermost frame of the translating on its stack: where the page called into it. */
const entryOf = (id: number): number => {
  const parent = parentOf.get(id);
  return parent !== undefined && isTranslating(parent) ? entryOf(parent) : id;
};
const entries = new Map<string, number>();
const leaves = new Map<string, number>();
const frameName = (id: number) =>
  `${byId.get(id)!.callFrame.functionName || "(anonymous)"} ${sourceOf(id).replace(/^(\.\.\/)+/, "")}`;
const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === "(idle)").map((node) => node.id));

const rows: string[] = [];
let time = profile.startTime;
const counts = windows.map(() => ({ all: 0, busy: 0, translating: 0 }));
for (const [index, sample] of profile.samples.entries()) {
  time += profile.timeDeltas[index] ?? 0;
  const window = windows.findIndex((w) => time >= w.from && time <= w.to);
  if (window < 0) continue;
  counts[window]!.all += 1;
  if (idle.has(sample)) continue;
  counts[window]!.busy += 1;
  if (!isTranslating(sample)) continue;
  counts[window]!.translating += 1;
  const entry = frameName(entryOf(sample));
  entries.set(entry, (entries.get(entry) ?? 0) + 1);
  const leaf = frameName(sample);
  leaves.set(leaf, (leaves.get(leaf) ?? 0) + 1);
}
for (const [index, w] of windows.entries()) {
  const { all, busy, translating: inside } = counts[index]!;
  if (all === 0) throw new Error(`no samples in the window of ${w.label}: the profile's clock is not this one`);
  // Samples are taken at an even pace: a window's samples share its duration.
  const msPerPage = (samples: number) => (((w.to - w.from) / 1000) * (samples / all)) / w.pages;
  rows.push(
    `| ${w.label} | ${w.kB.toFixed(1)} | ${w.pages} | ${msPerPage(busy).toFixed(2)} | ` +
      `${msPerPage(inside).toFixed(3)} | ${((100 * inside) / busy).toFixed(1)}% |`,
  );
}
console.log(
  [
    `${CONNECTIONS} connections, ${SECONDS} s a page; V8 samples of the server's main thread`,
    "",
    "| page | HTML kB | pages served | main thread busy ms/page | translating ms/page | translating share |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n"),
);
const translatingSamples = counts.reduce((sum, count) => sum + count.translating, 0);
for (const [title, frames] of [
  ["Where the pages call into it", entries],
  ["Where its time is spent (self time)", leaves],
] as const) {
  console.log(`\n${title} (share of the translating samples, all pages):`);
  for (const [where, samples] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${((100 * samples) / translatingSamples).toFixed(1).padStart(5)}%  ${where}`);
  }
}

import fs from "node:fs";
import { gzipSync } from "node:zlib";

export interface RouteBundle {
  route: string;
  rawBytes: number;
  gzipBytes: number;
}

/** First-load JavaScript per route, from the stats Next 16 writes at build time, gzipped at level 9. */
export function firstLoadJs(statsFile = ".next/diagnostics/route-bundle-stats.json"): RouteBundle[] {
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as {
    route: string;
    firstLoadUncompressedJsBytes: number;
    firstLoadChunkPaths: string[];
  }[];
  return stats.map((entry) => ({
    route: entry.route,
    rawBytes: entry.firstLoadUncompressedJsBytes,
    gzipBytes: entry.firstLoadChunkPaths.reduce(
      (sum, chunk) => sum + gzipSync(fs.readFileSync(chunk), { level: 9 }).length,
      0,
    ),
  }));
}

/** Chunks outside every route's first load that contain `marker` (code loaded later, on demand). */
export function lazyChunksContaining(marker: string, chunksDir = ".next/static/chunks"): RouteBundle[] {
  const firstLoad = new Set(
    (
      JSON.parse(fs.readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8")) as {
        firstLoadChunkPaths: string[];
      }[]
    ).flatMap((entry) => entry.firstLoadChunkPaths),
  );
  return fs
    .readdirSync(chunksDir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => `${chunksDir}/${name}`)
    .filter((chunk) => !firstLoad.has(chunk) && fs.readFileSync(chunk, "utf8").includes(marker))
    .map((chunk) => {
      const bytes = fs.readFileSync(chunk);
      return { route: chunk, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}

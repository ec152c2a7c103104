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

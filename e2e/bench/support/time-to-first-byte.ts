import http from "node:http";
import { upperMedian as median } from "./medians";

export interface PageTiming {
  /** Milliseconds to the first byte of the body (curl's time_starttransfer). */
  firstByte: number;
  /** Milliseconds to the last byte. */
  total: number;
}

/** Times one GET of a page. */
export function timePage(url: string, headers: Record<string, string> = {}): Promise<PageTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByte: number | undefined;
    const request = http.get(url, { headers, agent: false }, (response) => {
      response.on("data", () => (firstByte ??= performance.now() - started));
      response.once("end", () => {
        const total = performance.now() - started;
        resolve({ firstByte: firstByte ?? total, total });
      });
    });
    request.on("error", reject);
  });
}

/** Medians of `runs` timings, after one warm-up. */
export async function medianPageTiming(url: string, headers: Record<string, string>, runs = 10): Promise<PageTiming> {
  await timePage(url, headers);
  const timings: PageTiming[] = [];
  for (let run = 0; run < runs; run += 1) timings.push(await timePage(url, headers));
  return { firstByte: median(timings.map((t) => t.firstByte)), total: median(timings.map((t) => t.total)) };
}

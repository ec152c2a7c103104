import http from "node:http";

/** Milliseconds from sending a GET to the first byte of the body (curl's time_starttransfer). */
export function timeToFirstByte(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { headers, agent: false }, (response) => {
      response.once("data", () => {
        resolve(performance.now() - started);
        response.destroy();
      });
      response.once("end", () => resolve(performance.now() - started));
    });
    request.on("error", reject);
  });
}

/** The median of `runs` measurements, after one warm-up. */
export async function medianTimeToFirstByte(url: string, headers: Record<string, string>, runs = 10): Promise<number> {
  await timeToFirstByte(url, headers);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await timeToFirstByte(url, headers));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

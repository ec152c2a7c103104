/**
 * Runs `task(0..count-1)` with at most `inFlight` running at once, in index
 * order, and resolves when all have settled. A probe wants a steady load (not
 * 10,000 sockets at once, which measures the client, not the server).
 */
export async function runWithConcurrency(
  count: number,
  inFlight: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, lane));
}

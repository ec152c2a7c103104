import { onQuery } from "../../server/db/client";

/** How many SQL statements `run` sent, as the database client reports them (integration tests). */
export async function countStatements(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const stop = onQuery(() => (count += 1));
  try {
    await run();
  } finally {
    stop();
  }
  return count;
}

import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db/client";
import { isDeadlock } from "../platform/database-unavailable";
import { retryOnDeadlock } from "./retry-on-deadlock";

const client = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => client.$disconnect());

/** Two transactions that update two rows in opposite orders: PostgreSQL aborts one of them. */
async function crossedUpdates(a: string, b: string) {
  let arrived = 0;
  const bothHoldTheirFirstRow = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (arrived >= 2) {
        clearInterval(check);
        resolve();
      }
    }, 5);
  });
  const crossing = (first: string, second: string) =>
    client.$transaction(async (tx) => {
      await tx.user.update({ where: { id: first }, data: { name: `by ${first}` } });
      arrived += 1;
      await bothHoldTheirFirstRow;
      await tx.user.update({ where: { id: second }, data: { name: `by ${first}` } });
    });
  return [crossing(a, b), crossing(b, a)] as const;
}

describe("deadlocks", () => {
  it("are recognised in the error Prisma reports; retryOnDeadlock runs a write again only after one, at most 3 times", async () => {
    const suffix = Date.now().toString(36);
    const [a, b] = await Promise.all([
      client.user.create({ data: { login: `deadlock-a-${suffix}` } }),
      client.user.create({ data: { login: `deadlock-b-${suffix}` } }),
    ]);
    const [first, second] = await crossedUpdates(a.id, b.id);
    const outcomes = await Promise.allSettled([first, second]);
    const failures = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(failures).toHaveLength(1);
    expect(isDeadlock(failures[0])).toBe(true);

    // Run again on that very error: twice and then success goes through; a third deadlock, or any other error, is thrown.
    const deadlock = failures[0];
    let calls = 0;
    expect(await retryOnDeadlock(async () => (++calls < 3 ? Promise.reject(deadlock) : "written"))).toBe("written");
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryOnDeadlock(async () => (++calls, Promise.reject(deadlock)))).rejects.toBe(deadlock);
    expect(calls).toBe(3);
    calls = 0;
    const other = new Error("unique constraint failed");
    expect(isDeadlock(other)).toBe(false);
    await expect(retryOnDeadlock(async () => (++calls, Promise.reject(other)))).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});

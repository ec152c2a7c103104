import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { QueryOutsideTransactionError } from "./transaction-guard";

// A pool of one connection, as the embedded database has: a query on the shared
// client inside a transaction would wait for the transaction's own connection.
const client = createPrismaClient(process.env.DATABASE_URL!, 1);
afterAll(() => client.$disconnect());

describe("the transaction guard", () => {
  it("refuses a query on the shared client inside a transaction, at once, and rolls the transaction back", async () => {
    const started = Date.now();
    const login = `guard-${Date.now()}`;
    await expect(
      client.$transaction(async (tx) => {
        await tx.user.create({ data: { login } });
        await client.user.count();
      }),
    ).rejects.toBeInstanceOf(QueryOutsideTransactionError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await client.user.count({ where: { login } })).toBe(0);
  });

  it("refuses a nested transaction on the shared client", async () => {
    await expect(client.$transaction(async () => client.$transaction(async () => 1))).rejects.toBeInstanceOf(
      QueryOutsideTransactionError,
    );
  });

  it("lets the transaction client, and the shared client outside the callback, work as usual", async () => {
    const [inside, outside] = await Promise.all([
      client.$transaction(async (tx) => tx.roadmap.count()),
      client.roadmap.count(),
    ]);
    expect(inside).toBe(outside);
    expect(await client.$transaction([client.roadmap.count(), client.section.count()])).toHaveLength(2);
  });
});

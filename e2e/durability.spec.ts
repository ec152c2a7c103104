import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { errorCodesOf, postGraphql } from "./support/graphql-over-http";
import { DATABASE_KINDS, startWaymark, type WaymarkUnderTest } from "./support/waymark-under-test";

/*
 * Acknowledged means durable: a server killed with SIGKILL in the middle of a
 * stream of writes (no shutdown, no flush) comes back with every write it had
 * answered. Writes in flight at the kill may or may not be there; nothing else may
 * be missing, reordered or invented.
 */

const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"] as const;
const SET_STATUS = /* GraphQL */ `
  mutation Set($itemId: ID!, $status: ItemStatus!) {
    setItemStatus(input: { itemId: $itemId, status: $status }) {
      status
    }
  }
`;

for (const kind of DATABASE_KINDS) {
  test(`a server killed during a stream of writes keeps every acknowledged write (${kind})`, async () => {
    test.setTimeout(240_000);
    const waymark: WaymarkUnderTest = await startWaymark(kind, { port: kind === "postgres" ? 3180 : 3190 });
    try {
      const login = `durable-${randomBytes(3).toString("hex")}`;
      const cookie = await waymark.signIn(login);
      const roadmap = await postGraphql<{ roadmap: { sections: { items: { id: string }[] }[] } }>(
        waymark.url,
        `{ roadmap(slug: "backend") { sections { items { id } } } }`,
      );
      const items = roadmap.data!.roadmap.sections.flatMap((section) => section.items.map((item) => item.id));
      // Each writer owns its items and cycles them through every status, so each
      // acknowledged write is one change, hence one history event, in order.
      const acknowledged = new Map<string, string[]>();
      const inFlight = new Map<string, string>();
      let killed = false;
      const writers = [0, 1, 2].map(async (writer) => {
        const mine = items.filter((_, index) => index % 3 === writer);
        for (let round = 0; !killed; round += 1) {
          const itemId = mine[round % mine.length]!;
          const status = STATUSES[Math.floor(round / mine.length) % STATUSES.length]!;
          inFlight.set(itemId, status);
          const result = await postGraphql(waymark.url, SET_STATUS, { itemId, status }, { cookie }).catch(() => null);
          if (result && result.status === 200 && errorCodesOf(result).length === 0) {
            acknowledged.set(itemId, [...(acknowledged.get(itemId) ?? []), status]);
            inFlight.delete(itemId);
          } else {
            return; // the server is gone: this write may or may not have landed
          }
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      killed = true;
      const started = Date.now();
      await waymark.crashAndRestart();
      const restartMs = Date.now() - started;
      await Promise.all(writers);

      const history = await waymark.inspect(async (db) => {
        const user = await db.user.findUniqueOrThrow({ where: { login }, select: { id: true } });
        const events = await db.progressEvent.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
        const byItem = new Map<string, string[]>();
        for (const event of events) byItem.set(event.itemId, [...(byItem.get(event.itemId) ?? []), event.to]);
        return byItem;
      });
      let acked = 0;
      let present = 0;
      for (const [itemId, statuses] of acknowledged) {
        const stored = history.get(itemId) ?? [];
        acked += statuses.length;
        present += statuses.filter((status, index) => stored[index] === status).length;
        // At most one more: the write in flight when the server died.
        expect(stored.slice(0, statuses.length), itemId).toEqual(statuses);
        expect(stored.length - statuses.length).toBeLessThanOrEqual(inFlight.has(itemId) ? 1 : 0);
      }
      console.log(
        `[${kind}] killed after ${acked} acknowledged writes: ${present} present; restart took ${restartMs} ms`,
      );
      expect(acked).toBeGreaterThan(20);
      expect(present).toBe(acked);

      // And the restarted server serves that learner as before.
      const after = await postGraphql(waymark.url, `{ viewer { login } }`, {}, { cookie });
      expect(after.data).toEqual({ viewer: { login } });
    } finally {
      await waymark.stop();
    }
  });
}

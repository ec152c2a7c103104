import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { errorCodesOf, postGraphql, type GraphqlHttpResult } from "./support/graphql-over-http";
import { DATABASE_KINDS, startWaymark, type WaymarkUnderTest } from "./support/waymark-under-test";

/*
 * Behaviour under concurrency, on a production build, with the same assertions on
 * PostgreSQL and on the embedded default (PGlite): whatever one does, the other
 * must do too. Writers send their requests one after another; only the writers
 * run side by side, as real learners' browsers and scripts do.
 */

const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"] as const;
type Status = (typeof STATUSES)[number];

const SET_STATUS = /* GraphQL */ `
  mutation Set($itemId: ID!, $status: ItemStatus!) {
    setItemStatus(input: { itemId: $itemId, status: $status }) {
      id
      status
    }
  }
`;
const ROADMAP = /* GraphQL */ `
  query Roadmap {
    roadmap(slug: "backend") {
      id
      itemCount
      progress {
        done
        total
      }
      sections {
        items {
          id
          status
          children {
            id
            status
          }
        }
      }
    }
  }
`;

interface RoadmapAnswer {
  roadmap: {
    id: string;
    itemCount: number;
    progress: { done: number; total: number } | null;
    sections: { items: { id: string; status: Status | null; children: { id: string; status: Status | null }[] }[] }[];
  };
}

function flattenStatuses(answer: RoadmapAnswer): Map<string, Status | null> {
  const statuses = new Map<string, Status | null>();
  for (const section of answer.roadmap.sections) {
    for (const item of section.items) {
      statuses.set(item.id, item.status);
      for (const child of item.children) statuses.set(child.id, child.status);
    }
  }
  return statuses;
}

function uniqueLogin(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString("hex")}`;
}

/** Counts what came back: errors by code, and answers that did not say what was asked. */
class Tally {
  calls = 0;
  errors: string[] = [];
  wrongAnswers: string[] = [];
  record(result: GraphqlHttpResult<unknown>, check?: () => string | null) {
    this.calls += 1;
    const codes = errorCodesOf(result);
    if (codes.length > 0 || result.status !== 200) {
      this.errors.push(`HTTP ${result.status} ${codes.join(",")}: ${result.errors?.[0]?.message ?? ""}`);
      return;
    }
    const wrong = check?.();
    if (wrong) this.wrongAnswers.push(wrong);
  }
  summary(what: string) {
    return `${what}: ${this.calls} calls, ${this.errors.length} errors, ${this.wrongAnswers.length} wrong answers`;
  }
}

for (const kind of DATABASE_KINDS) {
  test.describe(`under concurrency, on ${kind === "postgres" ? "PostgreSQL" : "the embedded default"}`, () => {
    test.describe.configure({ mode: "serial" });
    let waymark: WaymarkUnderTest;
    let itemIds: string[];

    test.beforeAll(async () => {
      test.setTimeout(240_000);
      waymark = await startWaymark(kind, { port: kind === "postgres" ? 3165 : 3175 });
      const answer = await postGraphql<RoadmapAnswer>(waymark.url, ROADMAP);
      itemIds = [...flattenStatuses(answer.data!).keys()];
      expect(itemIds).toHaveLength(44);
    });

    test.afterAll(async () => {
      await waymark?.stop();
    });

    test("50 identical toggles at once give one row, one history event and 50 right answers", async () => {
      const cookie = await waymark.signIn(uniqueLogin("storm"));
      const itemId = itemIds[3]!;
      const tally = new Tally();
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          const result = await postGraphql<{ setItemStatus: { id: string; status: Status } }>(
            waymark.url,
            SET_STATUS,
            { itemId, status: "DONE" },
            { cookie },
          );
          tally.record(result, () =>
            result.data?.setItemStatus.status === "DONE" ? null : JSON.stringify(result.data),
          );
        }),
      );
      expect(tally.errors).toEqual([]);
      expect(tally.wrongAnswers).toEqual([]);
      const stored = await waymark.inspect(async (db) => {
        const user = await db.user.findFirstOrThrow({
          where: { progress: { some: { itemId } } },
          select: { id: true },
        });
        return {
          rows: await db.progress.count({ where: { userId: user.id, itemId } }),
          events: await db.progressEvent.count({ where: { userId: user.id, itemId } }),
        };
      });
      expect(stored).toEqual({ rows: 1, events: 1 });
    });

    test("alternating toggles on one item leave a history whose every event starts where the last ended", async () => {
      const login = uniqueLogin("toggler");
      const cookie = await waymark.signIn(login);
      const itemId = itemIds[7]!;
      const tally = new Tally();
      await Promise.all(
        [0, 1, 2, 3].map(async (writer) => {
          for (let round = 0; round < 15; round += 1) {
            const status = STATUSES[(writer + round) % STATUSES.length]!;
            const result = await postGraphql<{ setItemStatus: { id: string; status: Status } }>(
              waymark.url,
              SET_STATUS,
              { itemId, status },
              { cookie },
            );
            tally.record(result, () => (result.data?.setItemStatus.id === itemId ? null : JSON.stringify(result.data)));
          }
        }),
      );
      expect(tally.errors).toEqual([]);
      expect(tally.wrongAnswers).toEqual([]);
      const { final, events } = await waymark.inspect(async (db) => {
        const user = await db.user.findUniqueOrThrow({ where: { login }, select: { id: true } });
        return {
          final: await db.progress.findUniqueOrThrow({ where: { userId_itemId: { userId: user.id, itemId } } }),
          events: await db.progressEvent.findMany({
            where: { userId: user.id, itemId },
            orderBy: [{ at: "asc" }, { id: "asc" }],
          }),
        };
      });
      expect(events.length).toBeGreaterThan(0);
      expect(events.length).toBeLessThanOrEqual(60);
      let previous: string = "NOT_STARTED";
      for (const event of events) {
        expect(event.from).toBe(previous);
        expect(event.to).not.toBe(event.from);
        previous = event.to;
      }
      expect(final.status).toBe(previous);
    });

    test("learners writing disjoint items at once: every answer echoes the write, no row lands on another's items", async () => {
      const learners = [uniqueLogin("left"), uniqueLogin("right")];
      const cookies = await Promise.all(learners.map((login) => waymark.signIn(login)));
      const halves = [itemIds.slice(0, 22), itemIds.slice(22)];
      const lastWritten = learners.map(() => new Map<string, Status>());
      const tally = new Tally();
      // Two writers per learner, each on its own quarter of the roadmap.
      await Promise.all(
        learners.flatMap((_, learner) =>
          [0, 1].map(async (writer) => {
            const mine = halves[learner]!.filter((_, index) => index % 2 === writer);
            for (let round = 0; round < 5; round += 1) {
              for (const [index, itemId] of mine.entries()) {
                const status = STATUSES[(index + round + learner) % STATUSES.length]!;
                const result = await postGraphql<{ setItemStatus: { id: string; status: Status } }>(
                  waymark.url,
                  SET_STATUS,
                  { itemId, status },
                  { cookie: cookies[learner] },
                );
                tally.record(result, () => {
                  const answer = result.data?.setItemStatus;
                  return answer?.id === itemId && answer.status === status
                    ? null
                    : `${learners[learner]} wrote ${status} on ${itemId}, got ${JSON.stringify(answer)}`;
                });
                lastWritten[learner]!.set(itemId, status);
              }
            }
          }),
        ),
      );
      console.log(`[${kind}] ${tally.summary("disjoint writers")}`);
      expect(tally.errors).toEqual([]);
      expect(tally.wrongAnswers).toEqual([]);
      expect(tally.calls).toBe(itemIds.length * 5);

      // What each learner now reads is exactly what they wrote last, and nothing on the other half.
      for (const [learner, cookie] of cookies.entries()) {
        const answer = await postGraphql<RoadmapAnswer>(waymark.url, ROADMAP, {}, { cookie });
        const statuses = flattenStatuses(answer.data!);
        for (const itemId of itemIds) {
          expect(statuses.get(itemId), `${learners[learner]} on ${itemId}`).toBe(
            lastWritten[learner]!.get(itemId) ?? "NOT_STARTED",
          );
        }
      }
      const misplaced = await waymark.inspect(async (db) => {
        const users = await db.user.findMany({ where: { login: { in: learners } }, select: { id: true, login: true } });
        let count = 0;
        for (const user of users) {
          const own = new Set(halves[learners.indexOf(user.login!)]);
          const rows = await db.progress.findMany({ where: { userId: user.id }, select: { itemId: true } });
          const events = await db.progressEvent.findMany({ where: { userId: user.id }, select: { itemId: true } });
          count += [...rows, ...events].filter((row) => !own.has(row.itemId)).length;
        }
        return count;
      });
      console.log(`[${kind}] misplaced progress rows and events: ${misplaced}`);
      expect(misplaced).toBe(0);
    });

    test("guest merges run while others read the roadmap", async () => {
      const learners = [uniqueLogin("merger"), uniqueLogin("merger"), uniqueLogin("merger")];
      const cookies = await Promise.all(learners.map((login) => waymark.signIn(login)));
      const reader = await waymark.signIn(uniqueLogin("reader"));
      const merges = new Tally();
      const reads = new Tally();
      let merging = true;
      const readers = [undefined, reader].map(async (cookie) => {
        while (merging) {
          const result = await postGraphql<RoadmapAnswer>(waymark.url, ROADMAP, {}, { cookie });
          reads.record(result, () =>
            result.data?.roadmap.itemCount === 44 && flattenStatuses(result.data).size === 44
              ? null
              : "roadmap came back incomplete",
          );
        }
      });
      const now = Date.now();
      await Promise.all(
        cookies.map(async (cookie, learner) => {
          const entries = itemIds.map((itemId, index) => ({
            itemId,
            status: STATUSES[(index + learner) % STATUSES.length],
            updatedAt: new Date(now - (index + 1) * 60_000).toISOString(),
          }));
          const result = await postGraphql<{ mergeGuestProgress: { merged: number; ignored: number } }>(
            waymark.url,
            /* GraphQL */ `
              mutation Merge($entries: [GuestProgressEntry!]!) {
                mergeGuestProgress(input: { entries: $entries }) {
                  merged
                  ignored
                }
              }
            `,
            { entries },
            { cookie },
          );
          const expected = entries.filter((entry) => entry.status !== "NOT_STARTED").length;
          merges.record(result, () =>
            result.data?.mergeGuestProgress.merged === expected && result.data.mergeGuestProgress.ignored === 0
              ? null
              : `merged ${JSON.stringify(result.data)}, expected ${expected}`,
          );
        }),
      );
      merging = false;
      await Promise.all(readers);
      expect(merges.errors).toEqual([]);
      expect(merges.wrongAnswers).toEqual([]);
      expect(reads.errors).toEqual([]);
      expect(reads.wrongAnswers).toEqual([]);
      expect(reads.calls).toBeGreaterThan(0);
      for (const [learner, cookie] of cookies.entries()) {
        const answer = await postGraphql<RoadmapAnswer>(waymark.url, ROADMAP, {}, { cookie });
        const statuses = flattenStatuses(answer.data!);
        itemIds.forEach((itemId, index) => expect(statuses.get(itemId)).toBe(STATUSES[(index + learner) % 4]));
      }
    });

    test("tokens created while others write all work and are all listed", async () => {
      const login = uniqueLogin("token-maker");
      const cookie = await waymark.signIn(login);
      const writerCookie = await waymark.signIn(uniqueLogin("busy-writer"));
      const writes = new Tally();
      let creating = true;
      const writers = [0, 1].map(async (writer) => {
        for (let round = 0; creating; round += 1) {
          const itemId = itemIds[(writer * 20 + round) % itemIds.length]!;
          const status = STATUSES[round % STATUSES.length]!;
          const result = await postGraphql<{ setItemStatus: { status: Status } }>(
            waymark.url,
            SET_STATUS,
            { itemId, status },
            { cookie: writerCookie },
          );
          writes.record(result, () => (result.data?.setItemStatus.status === status ? null : "wrong status"));
        }
      });
      const created = new Tally();
      const tokens = await Promise.all(
        Array.from({ length: 10 }, async (_, index) => {
          const result = await postGraphql<{ createApiToken: { token: string } }>(
            waymark.url,
            /* GraphQL */ `
              mutation Create($name: String!) {
                createApiToken(input: { name: $name, scopes: [READ_PROGRESS, WRITE_PROGRESS] }) {
                  token
                }
              }
            `,
            { name: `token ${index}` },
            { cookie },
          );
          created.record(result);
          return result.data?.createApiToken.token;
        }),
      );
      creating = false;
      await Promise.all(writers);
      expect(created.errors).toEqual([]);
      expect(writes.errors).toEqual([]);
      expect(writes.wrongAnswers).toEqual([]);
      const whoAmI = await Promise.all(
        tokens.map((token) =>
          postGraphql<{ viewer: { login: string } }>(waymark.url, "{ viewer { login } }", {}, { token }),
        ),
      );
      for (const answer of whoAmI) {
        expect(errorCodesOf(answer)).toEqual([]);
        expect(answer.data?.viewer.login).toBe(login);
      }
      const listed = await postGraphql<{ viewer: { apiTokens: { name: string }[] } }>(
        waymark.url,
        "{ viewer { apiTokens { name } } }",
        {},
        { cookie },
      );
      expect(listed.data?.viewer.apiTokens.map((token) => token.name).sort()).toEqual(
        Array.from({ length: 10 }, (_, index) => `token ${index}`).sort(),
      );
    });
  });
}

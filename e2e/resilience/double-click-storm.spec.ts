import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { DATABASE_KINDS, startWaymark } from "../support/waymark-under-test";
import { backendRoadmap } from "./support/backend-roadmap";
import { judgeGraphqlAnswer } from "./support/judge-graphql-answer";
import { ProbeSummary } from "./support/probe-summary";
import { operationBody, rawGraphqlRequest } from "./support/raw-graphql-request";

/*
 * One learner double-clicking (and changing their mind) on ten items at once:
 * 200 setItemStatus and setItemNote calls fired together, identical and
 * alternating. Afterwards every item has exactly one Progress row and at most
 * one Note, each item's ProgressEvent history is a chain (each event starts
 * where the previous ended, from NOT_STARTED) ending at the stored status, and
 * no call failed.
 */

const ITEMS = 10;
const CALLS = 200;
const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"] as const;
const NOTES = ["first thought", "second thought", ""] as const;

const SET_STATUS = `mutation($input: SetItemStatusInput!) { setItemStatus(input: $input) { id status } }`;
const SET_NOTE = `mutation($input: SetItemNoteInput!) { setItemNote(input: $input) { id note } }`;

/** The i-th call: a quarter identical DONE clicks, a quarter cycling statuses, half notes (one of them deletions). */
function call(index: number, itemIds: string[]): { query: string; input: Record<string, unknown> } {
  const itemId = itemIds[index % ITEMS]!;
  const round = Math.floor(index / ITEMS);
  // Each item gets 20 calls: rounds 0, 4, 8... repeat, the others change their value every time.
  const turn = Math.floor(round / 4);
  switch (round % 4) {
    case 0:
      return { query: SET_STATUS, input: { itemId, status: "DONE" } };
    case 1:
      return { query: SET_STATUS, input: { itemId, status: STATUSES[turn % STATUSES.length] } };
    case 2:
      return { query: SET_NOTE, input: { itemId, note: NOTES[0] } };
    default:
      return { query: SET_NOTE, input: { itemId, note: NOTES[turn % NOTES.length] } };
  }
}

for (const kind of DATABASE_KINDS) {
  test(`200 simultaneous status and note writes by one learner (${kind})`, async () => {
    test.setTimeout(180_000);
    const summary = new ProbeSummary(`double-click-storm-${kind}`);
    const waymark = await startWaymark(kind, {
      port: kind === "postgres" ? 3420 : 3430,
      env: { RATE_LIMIT_PER_MINUTE: "100000" },
    });
    try {
      const login = `storm-${randomBytes(3).toString("hex")}`;
      const cookie = await waymark.signIn(login);
      const itemIds = (await backendRoadmap(waymark.url)).itemIds.slice(0, ITEMS);
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: CALLS }, async (_, index) => {
          const { query, input } = call(index, itemIds);
          return {
            index,
            answer: await rawGraphqlRequest(waymark.url, { body: operationBody(query, { input }) }, { cookie }),
          };
        }),
      );
      const slowest = Math.max(...answers.map(({ answer }) => answer.ms));
      for (const { index, answer } of answers) {
        summary.tried += 1;
        const verdict = judgeGraphqlAnswer(answer);
        const { input } = call(index, itemIds);
        if (verdict.kind === "error") summary.error(`call ${index} ${JSON.stringify(input)}: ${verdict.reason}`);
        // No refusal is right here: every call is a learner's legitimate click.
        else if (verdict.kind === "refused")
          summary.error(`call ${index} ${JSON.stringify(input)}: ${verdict.codes.join(",")}`);
      }
      summary.note(`all ${CALLS} answered in ${Date.now() - started} ms (slowest ${Math.round(slowest)} ms)`);

      const stored = await waymark.inspect(async (db) => {
        const user = await db.user.findUniqueOrThrow({ where: { login }, select: { id: true } });
        const where = { userId: user.id, itemId: { in: itemIds } };
        return {
          rows: await db.progress.findMany({ where, select: { itemId: true, status: true } }),
          notes: await db.note.findMany({ where, select: { itemId: true, body: true } }),
          events: await db.progressEvent.findMany({
            where,
            orderBy: [{ at: "asc" }, { id: "asc" }],
            select: { itemId: true, from: true, to: true },
          }),
        };
      });
      let eventCount = 0;
      for (const itemId of itemIds) {
        const rows = stored.rows.filter((row) => row.itemId === itemId);
        if (rows.length !== 1) summary.error(`item ${itemId}: ${rows.length} Progress rows`);
        const notes = stored.notes.filter((note) => note.itemId === itemId);
        if (notes.length > 1) summary.error(`item ${itemId}: ${notes.length} Note rows`);
        if (notes[0] && !NOTES.includes(notes[0].body as (typeof NOTES)[number])) {
          summary.error(`item ${itemId}: note ${JSON.stringify(notes[0].body)} was never sent`);
        }
        let previous: string = "NOT_STARTED";
        const events = stored.events.filter((event) => event.itemId === itemId);
        eventCount += events.length;
        for (const [position, event] of events.entries()) {
          if (event.from !== previous) {
            summary.error(`item ${itemId}: event ${position} goes ${event.from} -> ${event.to} after ${previous}`);
          }
          if (event.from === event.to) summary.error(`item ${itemId}: event ${position} changes nothing (${event.to})`);
          previous = event.to;
        }
        if (rows[0] && rows[0].status !== previous) {
          summary.error(`item ${itemId}: stored status ${rows[0].status}, last event ends at ${previous}`);
        }
      }
      summary.note(
        `${stored.rows.length} Progress rows, ${stored.notes.length} notes, ${eventCount} events for ${ITEMS} items`,
      );
    } finally {
      await waymark.stop();
    }
    await summary.finish();
  });
}

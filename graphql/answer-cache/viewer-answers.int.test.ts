import { describe, expect, it } from "vitest";
import { setItemNote } from "@/server/services/notes/set-item-note";
import { setItemStatus } from "@/server/services/progress/set-item-status";
import { saveBuiltInRoadmap } from "@/server/services/roadmaps/authoring/save-built-in-roadmap";
import { parseRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import { execute } from "@/e2e/support/graphql-operations";
import { answerCacheCount, postToRoute, sessionCaller, tokenCaller } from "@/e2e/support/graphql-route-caller";
import { testDb } from "@/e2e/support/test-db";

/*
 * Signed-in answers cached as templates (viewer-answers.ts): over HTTP, through
 * the route handler, each answer served from a template must be exactly what a
 * full run of the query gives the same viewer at that moment.
 */

const ROADMAP = /* GraphQL */ `
  query Mine($slug: String!, $zone: String) {
    roadmap(slug: $slug) {
      __typename
      id
      title
      itemCount
      progress(timeZone: $zone) {
        done
        total
        percent
        inProgress
        skipped
      }
      sections {
        id
        title
        progress {
          percent
          done
        }
        items {
          ...ItemFields
          twice: status
          children {
            id
            status
            note
          }
        }
      }
    }
  }
  fragment ItemFields on Item {
    id
    title
    status
    statusUpdatedAt
    note
    noteHtml
    resources {
      id
      url
      kind
    }
  }
`;

const post = postToRoute;
const signedInLookups = (result: "hit" | "miss" | "stale") => answerCacheCount("signed_in", result);

async function newRoadmap(title: string, items = ["One", "Two", "Three"]) {
  const slug = `kept-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const markdown = `# ${title}\n\n## First\n\n${items.map((item) => `- [ ] ${item}\n  - [ ] ${item} in depth`).join("\n")}\n\n## Second\n\n- [ ] Last\n`;
  await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(markdown));
  // The top-level items, section by section (children are left out).
  const sections = (
    await execute(`query($slug: String!) { roadmap(slug: $slug) { sections { items { id } } } }`, { slug })
  ).data!.roadmap.sections as { items: { id: string }[] }[];
  const ids = sections.flatMap((section) => section.items.map((item) => item.id));
  return { slug, ids };
}

describe("signed-in answers cached as templates", () => {
  it("answers a repeated query in three statements, exactly as a full run would", async () => {
    const { slug, ids } = await newRoadmap("Kept");
    const learner = await sessionCaller();
    const first = await post(learner, ROADMAP, { slug, zone: "Europe/Paris" });
    expect(first.body.errors).toBeUndefined();

    await setItemStatus(learner.viewer, { itemId: ids[0], status: "DONE" });
    await setItemStatus(learner.viewer, { itemId: ids[1], status: "IN_PROGRESS" });
    await setItemStatus(learner.viewer, { itemId: ids[2], status: "SKIPPED" });
    await setItemNote(learner.viewer, { itemId: ids[1], note: '**bold** "quoted" \\ and\nnew lines' });
    const hits = await signedInLookups("hit");
    const second = await post(learner, ROADMAP, { slug, zone: "Europe/Paris" });
    // The session, the check of the roadmap it read, the statuses and notes: nothing else.
    expect(second.statements).toBe(3);
    expect(await signedInLookups("hit")).toBe(hits + 1);
    const full = await execute(ROADMAP, { slug, zone: "Europe/Paris" }, learner.viewer);
    expect(second.body).toEqual(JSON.parse(JSON.stringify(full)));
    expect(second.body.data.roadmap.progress).toMatchObject({ done: 1, inProgress: 1, skipped: 1 });
    expect(second.body.data.roadmap.sections[0].items[1]).toMatchObject({
      status: "IN_PROGRESS",
      twice: "IN_PROGRESS",
    });
    expect(second.body.data.roadmap.sections[0].items[1].noteHtml).toContain("<strong>bold</strong>");

    // A status cleared and a note deleted are gone from the next answer too.
    await setItemStatus(learner.viewer, { itemId: ids[0], status: "NOT_STARTED" });
    await setItemNote(learner.viewer, { itemId: ids[1], note: "" });
    const third = await post(learner, ROADMAP, { slug, zone: "Europe/Paris" });
    expect(third.statements).toBe(3);
    expect(third.body).toEqual(
      JSON.parse(JSON.stringify(await execute(ROADMAP, { slug, zone: "Europe/Paris" }, learner.viewer))),
    );
    expect(third.body.data.roadmap.sections[0].items[1].note).toBeNull();
  });

  it("never serves one learner's answer to another, nor to a signed-out caller", async () => {
    const { slug, ids } = await newRoadmap("Shared");
    const one = await sessionCaller();
    const two = await sessionCaller();
    await setItemStatus(one.viewer, { itemId: ids[0], status: "DONE" });
    await setItemNote(one.viewer, { itemId: ids[0], note: "one's secret" });
    for (let round = 0; round < 2; round += 1) await post(one, ROADMAP, { slug });
    const theirs = await post(two, ROADMAP, { slug });
    expect(JSON.stringify(theirs.body)).not.toContain("one's secret");
    expect(theirs.body).toEqual(JSON.parse(JSON.stringify(await execute(ROADMAP, { slug }, two.viewer))));
    const again = await post(two, ROADMAP, { slug });
    expect(again.statements).toBe(3);
    expect(again.body.data.roadmap.progress.done).toBe(0);
    const signedOut = await post(null, ROADMAP, { slug });
    expect(signedOut.body.data.roadmap.progress).toBeNull();
    expect(JSON.stringify(signedOut.body)).not.toContain("one's secret");
  });

  it("keeps a private roadmap its owner's: another learner's cached answer stays null", async () => {
    const { slug } = await newRoadmap("Private");
    const owner = await sessionCaller();
    const other = await sessionCaller();
    await testDb().roadmap.update({ where: { slug }, data: { ownerId: owner.viewer.userId, visibility: "PRIVATE" } });
    for (let round = 0; round < 2; round += 1) {
      expect((await post(owner, ROADMAP, { slug })).body.data.roadmap.title).toBe("Private");
      expect((await post(other, ROADMAP, { slug })).body.data.roadmap).toBeNull();
    }
    // Shared, then private again: each change is seen by the next request.
    await testDb().roadmap.update({ where: { slug }, data: { visibility: "PUBLIC" } });
    expect((await post(other, ROADMAP, { slug })).body.data.roadmap.title).toBe("Private");
    await testDb().roadmap.update({ where: { slug }, data: { visibility: "PRIVATE" } });
    expect((await post(other, ROADMAP, { slug })).body.data.roadmap).toBeNull();
  });

  it("serves the new content at once after a save", async () => {
    const { slug } = await newRoadmap("Before", ["One"]);
    const learner = await sessionCaller();
    for (let round = 0; round < 2; round += 1) await post(learner, ROADMAP, { slug });
    const markdown = `# After\n\n## First\n\n- [ ] One\n- [ ] Two\n`;
    await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(markdown));
    const stale = await signedInLookups("stale");
    const after = await post(learner, ROADMAP, { slug });
    expect(await signedInLookups("stale")).toBe(stale + 1);
    expect(after.body.data.roadmap).toMatchObject({ title: "After", itemCount: 2, progress: { total: 2 } });
    expect(after.body).toEqual(JSON.parse(JSON.stringify(await execute(ROADMAP, { slug }, learner.viewer))));
  });

  it("still refuses a token without READ_PROGRESS, and caches its content-only answers", async () => {
    const { slug } = await newRoadmap("Scoped");
    const { caller } = await tokenCaller(["WRITE_ROADMAPS"]);
    for (let round = 0; round < 2; round += 1) {
      const refused = await post(caller, ROADMAP, { slug });
      expect(refused.body.errors?.map((error) => error.extensions.code)).toContain("FORBIDDEN");
    }
    const contentOnly = `query($slug: String!) { roadmap(slug: $slug) { title items { id title } } }`;
    await post(caller, contentOnly, { slug });
    const cached = await post(caller, contentOnly, { slug });
    expect(cached.statements).toBe(2);
    expect(cached.body).toEqual({ data: { roadmap: expect.objectContaining({ title: "Scoped" }) } });
  });

  it("runs in full every time a query asks for more than content and the viewer's states", async () => {
    const { slug, ids } = await newRoadmap("Dated");
    const learner = await sessionCaller();
    const dated = `query($slug: String!) { roadmap(slug: $slug) { viewerCanEdit items { id status startedAt } progress { percent forecast } } }`;
    const first = await post(learner, dated, { slug });
    await setItemStatus(learner.viewer, { itemId: ids[0], status: "IN_PROGRESS" });
    const second = await post(learner, dated, { slug });
    expect(second.statements).toBeGreaterThan(3);
    expect(second.body.data.roadmap.items[0].startedAt).not.toBeNull();
    expect(first.body.data.roadmap.items[0].startedAt).toBeNull();
  });

  it("answers what Apollo would when the client asks for more than JSON or sends a persisted query's hash", async () => {
    const { slug } = await newRoadmap("Negotiated");
    const learner = await sessionCaller();
    for (let round = 0; round < 2; round += 1) await post(learner, ROADMAP, { slug });
    const modern = await post(learner, ROADMAP, { slug }, { headers: { accept: "application/graphql-response+json" } });
    expect(modern.type).toMatch(/^application\/graphql-response\+json/);
    expect(modern.body.data.roadmap.title).toBe("Negotiated");
    const wrongHash = await post(
      learner,
      ROADMAP,
      { slug },
      {
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      },
    );
    expect(wrongHash.status).toBe(400);
  });

  it("runs variables nested too deeply to key in full, signed in and signed out, without a 500", async () => {
    const { slug } = await newRoadmap("Deep");
    const learner = await sessionCaller();
    const body = `{"query":${JSON.stringify(ROADMAP)},"variables":{"slug":"${slug}","junk":${"[".repeat(200_000)}${"]".repeat(200_000)}}}`;
    for (const caller of [learner, null]) {
      const answer = await post(caller, ROADMAP, {}, { body });
      expect(answer.status).toBe(200);
      expect(answer.body.data.roadmap.title).toBe("Deep");
    }
  });

  it("keeps a few answers per learner: one learner's variations replace only their own", async () => {
    const { slug } = await newRoadmap("Crowded");
    const patient = await sessionCaller();
    const noisy = await sessionCaller();
    for (let round = 0; round < 2; round += 1) await post(patient, ROADMAP, { slug });
    for (let variant = 0; variant < 20; variant += 1) {
      for (let round = 0; round < 2; round += 1) await post(noisy, ROADMAP, { slug, unused: variant });
    }
    const hits = await signedInLookups("hit");
    expect((await post(patient, ROADMAP, { slug })).statements).toBe(3);
    expect((await post(noisy, ROADMAP, { slug, unused: 19 })).statements).toBe(3);
    expect(await signedInLookups("hit")).toBe(hits + 2);
    // The noisy learner's first variations made room for their later ones: a full run (as cheap in
    // statements as a hit, now that a miss reads no site-wide epoch), not a hit.
    await post(noisy, ROADMAP, { slug, unused: 0 });
    expect(await signedInLookups("hit")).toBe(hits + 2);
  });

  it("stops answering a revoked token at once, cached answer or not", async () => {
    const { slug } = await newRoadmap("Revoked");
    const { caller, token } = await tokenCaller(["READ_PROGRESS"]);
    for (let round = 0; round < 2; round += 1) expect((await post(caller, ROADMAP, { slug })).status).toBe(200);
    await testDb().apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    const refused = await post(caller, ROADMAP, { slug });
    expect(refused.status).toBe(401);
    expect(refused.body.data).toBeUndefined();
  });
});

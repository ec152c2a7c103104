import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as graphqlPost } from "@/app/api/graphql/route";
import type { TokenScope } from "@/server/db/generated/enums";
import { createCalendarFeed } from "@/server/services/calendar/create-calendar-feed";
import { hashTokenSecret, newTokenSecret, tokenPrefix } from "@/server/services/tokens/token-secret";
import { createApiToken } from "@/e2e/support/api-tokens";
import { createSession, createUser, sessionViewerOf } from "@/e2e/support/factories";
import { execute } from "@/e2e/support/graphql-operations";
import { savedRoadmap } from "@/e2e/support/own-roadmaps";
import { testDb } from "@/e2e/support/test-db";
import { GET as download } from "./[...path]/route";
import { GET as feed } from "./feeds/[token]/[...path]/route";

/*
 * The study reminder's two routes, called as Next calls them: the address a
 * client gets from Roadmap.calendarUrl (or the subscription's template) split
 * into the route's segments. A learner's roadmap (slug <login>/<name>) and a
 * built-in one; the owner, another learner, their tokens and nobody.
 */

const MARKDOWN = `# Private plan of mine\n\n## Only\n\n- [ ] Secret first step <!-- key: one -->\n- [ ] Secret second step\n`;

interface Caller {
  cookie?: string;
  token?: string;
}

function headersOf(caller: Caller): Record<string, string> {
  return {
    ...(caller.cookie && { cookie: `authjs.session-token=${caller.cookie}` }),
    ...(caller.token && { authorization: `Bearer ${caller.token}` }),
  };
}

/** GET of a download path (/api/calendar/...) through its route handler. */
async function get(path: string, caller: Caller = {}) {
  const url = new URL(path, "http://localhost");
  const segments = url.pathname.split("/").slice(3).map(decodeURIComponent);
  const request = new NextRequest(url, { headers: headersOf(caller) });
  const response =
    segments[0] === "feeds"
      ? await feed(request, { params: Promise.resolve({ token: segments[1]!, path: segments.slice(2) }) })
      : await download(request, { params: Promise.resolve({ path: segments }) });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    // Unfolded: .ics lines wrap at 75 characters.
    text: (await response.text()).replace(/\r\n /g, ""),
  };
}

async function learnerWithPrivateRoadmap() {
  const user = await createUser(testDb());
  const viewer = sessionViewerOf(user);
  const { roadmap } = await savedRoadmap(viewer, { markdown: MARKDOWN, slug: "plan" });
  const cookie = await createSession(testDb(), user.id);
  return { user, viewer, cookie, roadmap: roadmap! };
}

async function calendarUrlFor(slug: string, viewer: Parameters<typeof execute>[2]) {
  const result = await execute(`query($slug: String!) { roadmap(slug: $slug) { calendarUrl } }`, { slug }, viewer);
  return result.data?.roadmap?.calendarUrl as string | null | undefined;
}

describe("the study reminder of a learner's roadmap", () => {
  it("downloads at Roadmap.calendarUrl for its owner, by session or by a token with READ_PROGRESS", async () => {
    const { user, viewer, cookie, roadmap } = await learnerWithPrivateRoadmap();
    expect(roadmap.slug).toBe(`${user.login}/plan`);
    const calendarUrl = await calendarUrlFor(roadmap.slug, viewer);
    expect(calendarUrl).toBe(`/api/calendar/${user.login}/plan.ics`);

    const file = await get(`${calendarUrl}?day=TH&time=07:30&minutes=45`, { cookie });
    expect(file.status).toBe(200);
    expect(file.type).toBe("text/calendar; charset=utf-8");
    expect(file.disposition).toBe(`attachment; filename="waymark-${user.login}-plan.ics"`);
    const ics = file.text;
    expect(ics).toContain("Private plan of mine");
    expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=TH");
    expect(ics).toContain(`/roadmaps/${user.login}/plan`);

    const owned = await tokenOf(user.id, ["READ_PROGRESS"]);
    expect((await get(calendarUrl!, { token: owned })).status).toBe(200);
    const writeOnly = await tokenOf(user.id, ["WRITE_PROGRESS"]);
    expect((await get(calendarUrl!, { token: writeOnly })).status).toBe(403);
  });

  it("ignores the login's case, as the roadmap's page does", async () => {
    const { user, cookie } = await learnerWithPrivateRoadmap();
    expect((await get(`/api/calendar/${user.login!.toUpperCase()}/Plan.ics`, { cookie })).status).toBe(200);
  });

  it("is not found for anyone else, exactly like a roadmap that does not exist", async () => {
    const { user, roadmap } = await learnerWithPrivateRoadmap();
    const path = `/api/calendar/${roadmap.slug}.ics`;
    const missing = `/api/calendar/${user.login}/no-such-roadmap.ics`;
    const other = await createUser(testDb());
    const otherCookie = await createSession(testDb(), other.id);
    const otherToken = (await createApiToken(testDb(), ["READ_PROGRESS"])).token;
    for (const caller of [{ cookie: otherCookie }, { token: otherToken }, {}]) {
      const answer = await get(path, caller);
      expect(answer.status, JSON.stringify(caller)).toBe(caller.cookie || caller.token ? 404 : 401);
      expect(answer).toEqual(await get(missing, caller));
      expect(answer.text).not.toContain("Private plan");
    }
    // Another learner's subscription secret serves their own reminders, never this one.
    const { secret } = await createCalendarFeed(sessionViewerOf(other));
    const throughFeed = await get(`/api/calendar/feeds/${secret}/${roadmap.slug}.ics`);
    expect(throughFeed.status).toBe(404);
    expect(throughFeed).toEqual(await get(`/api/calendar/feeds/${secret}/${user.login}/no-such-roadmap.ics`));
  });

  it("serves anyone who may see a public roadmap their own reminder for it", async () => {
    const owner = await createUser(testDb());
    const { roadmap } = await savedRoadmap(sessionViewerOf(owner), { markdown: MARKDOWN, visibility: "PUBLIC" });
    const reader = await createUser(testDb());
    const calendarUrl = await calendarUrlFor(roadmap!.slug, sessionViewerOf(reader));
    expect(calendarUrl).toBe(`/api/calendar/${roadmap!.slug}.ics`);
    const answer = await get(calendarUrl!, { cookie: await createSession(testDb(), reader.id) });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("Secret first step");
  });

  it("is served through the subscription template, the slug's slash included", async () => {
    const { viewer, roadmap } = await learnerWithPrivateRoadmap();
    const created = await execute(`mutation { createCalendarFeed { urlTemplate } }`, {}, viewer);
    const template = created.data!.createCalendarFeed.urlTemplate as string;
    const subscription = await get(template.replace("{slug}", roadmap.slug));
    expect(subscription.status).toBe(200);
    expect(subscription.text).toContain("Private plan of mine");
    expect(subscription.text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT12H");
  });
});

describe("the study reminder's language", () => {
  it("is ?lang when given, else the learner's saved language, else English; refusals only follow ?lang", async () => {
    const { user, viewer, cookie, roadmap } = await learnerWithPrivateRoadmap();
    const path = `/api/calendar/${roadmap.slug}.ics`;
    const { secret } = await createCalendarFeed(viewer);
    const feed = `/api/calendar/feeds/${secret}/${roadmap.slug}.ics`;
    for (const address of [path, feed]) {
      const english = (await get(address, { cookie })).text;
      expect(english).toContain("SUMMARY:Study: Private plan of mine\r\n");
      expect(english).toContain("DESCRIPTION:2 items to go on Private plan of mine. Next up:");
    }
    await testDb().user.update({ where: { id: user.id }, data: { locale: "ja" } });
    for (const address of [path, feed]) {
      const japanese = (await get(address, { cookie })).text;
      expect(japanese).toContain("SUMMARY:学習: Private plan of mine\r\n");
      expect(japanese).toContain("DESCRIPTION:Private plan of mine の残りは 2 項目です。次は:");
      const arabic = (await get(`${address}?lang=ar&day=TH`, { cookie })).text;
      expect(arabic).toContain("SUMMARY:دراسة: Private plan of mine\r\n");
      expect(arabic).toContain("DESCRIPTION:بقي عنصران في Private plan of mine. التالي:");
      expect(arabic).toContain("RRULE:FREQ=WEEKLY;BYDAY=TH");
    }
    // A tag Waymark does not speak is no choice: the learner's own.
    expect((await get(`${path}?lang=fr`, { cookie })).text).toContain("SUMMARY:学習: Private plan of mine");
    expect((await get(path)).text).toBe("Sign in to download your study reminder.\n");
    expect((await get(`${path}?lang=ja`)).text).toBe("学習リマインダーをダウンロードするにはログインしてください。\n");
    expect((await get(`/api/calendar/feeds/${secret}/no/such.ics?lang=ar`)).text).toBe("غير موجود.\n");
  });
});

describe("the study reminder of a built-in roadmap", () => {
  it("keeps its addresses: /api/calendar/backend.ics and the subscription's", async () => {
    const user = await createUser(testDb());
    const viewer = sessionViewerOf(user);
    expect(await calendarUrlFor("backend", viewer)).toBe("/api/calendar/backend.ics");
    const answer = await get("/api/calendar/backend.ics", { cookie: await createSession(testDb(), user.id) });
    expect(answer.status).toBe(200);
    expect(answer.disposition).toBe(`attachment; filename="waymark-backend.ics"`);
    const { secret } = await createCalendarFeed(viewer);
    expect((await get(`/api/calendar/feeds/${secret}/backend.ics`)).status).toBe(200);
    expect((await get("/api/calendar/backend.ics")).status).toBe(401);
  });
});

describe("Roadmap.calendarUrl", () => {
  async function post(query: string, cookie?: string) {
    const response = await graphqlPost(
      new NextRequest("http://localhost/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie && { cookie: `authjs.session-token=${cookie}` }) },
        body: JSON.stringify({ query }),
      }),
    );
    return response.json() as Promise<{ data?: { roadmap: { slug: string; calendarUrl: string | null } } }>;
  }

  it("is null signed out, computed or kept, and the viewer's address signed in, computed or kept", async () => {
    const query = `{ roadmap(slug: "backend") { slug calendarUrl } }`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await post(query)).data?.roadmap).toEqual({ slug: "backend", calendarUrl: null });
    }
    const user = await createUser(testDb());
    const cookie = await createSession(testDb(), user.id);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await post(query, cookie)).data?.roadmap).toEqual({
        slug: "backend",
        calendarUrl: "/api/calendar/backend.ics",
      });
    }
  });
});

/** A token of this user's, stored as the app stores them (hash only). */
async function tokenOf(userId: string, scopes: TokenScope[]): Promise<string> {
  const token = newTokenSecret();
  await testDb().apiToken.create({
    data: { userId, name: "calendar", scopes, tokenHash: hashTokenSecret(token), prefix: tokenPrefix(token) },
  });
  return token;
}

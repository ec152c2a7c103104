import { describe, expect, it } from "vitest";
import { createSession, createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";
import { readSession } from "../server/services/sessions/read-session";

/*
 * Viewer.locale and setLocale: a learner's own interface language, saved for
 * every browser they sign in with (issue 25). Other learners' choices are never
 * read or written: the field has no argument naming a user, and the mutation
 * writes the viewer's row alone.
 */

const SET = `mutation($input: SetLocaleInput!) { setLocale(input: $input) { id locale } }`;
const READ = `{ viewer { id locale } }`;

async function savedLocale(userId: string) {
  return (await testDb().user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;
}

describe("setLocale and Viewer.locale", () => {
  it("is null until chosen, then the tag chosen, and null again to follow the browser", async () => {
    const user = await createUser(testDb());
    const viewer = sessionViewerOf(user);
    expect((await execute(READ, {}, viewer)).data?.viewer).toEqual({ id: user.id, locale: null });

    const set = await execute(SET, { input: { locale: "pt-BR" } }, viewer);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setLocale).toEqual({ id: user.id, locale: "pt-BR" });
    expect((await execute(READ, {}, viewer)).data?.viewer.locale).toBe("pt-BR");
    expect(await savedLocale(user.id)).toBe("pt-BR");

    expect((await execute(SET, { input: { locale: null } }, viewer)).data?.setLocale.locale).toBeNull();
    expect((await execute(SET, { input: { locale: "ar" } }, viewer)).data?.setLocale.locale).toBe("ar");
    expect((await execute(SET, { input: {} }, viewer)).data?.setLocale.locale).toBeNull();
    expect(await savedLocale(user.id)).toBeNull();
  });

  it("reaches the pages through the session read, with no statement more", async () => {
    const user = await createUser(testDb());
    await execute(SET, { input: { locale: "ja" } }, sessionViewerOf(user));
    const token = await createSession(testDb(), user.id);
    expect((await readSession(token))?.user.locale).toBe("ja");
  });

  it.each(["fr", "pt", "pt-br", "EN", "en-US", "", "x".repeat(10_000)])(
    "refuses %j with BAD_USER_INPUT naming the languages, writing nothing",
    async (locale) => {
      const user = await createUser(testDb());
      const viewer = sessionViewerOf(user);
      await execute(SET, { input: { locale: "de" } }, viewer);
      const result = await execute(SET, { input: { locale } }, viewer);
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.message).toContain("en, es, pt-BR, de, ja, ar");
      expect(await savedLocale(user.id)).toBe("de");
    },
  );

  it("needs a signed-in viewer", async () => {
    expect(errorCodes(await execute(SET, { input: { locale: "es" } }, null))).toEqual(["UNAUTHENTICATED"]);
    expect((await execute(READ, {}, null)).data?.viewer).toBeNull();
  });

  it("needs WRITE_PROGRESS from a token; reading needs no scope", async () => {
    const user = await createUser(testDb());
    const reader = tokenViewerOf(user, ["READ_PROGRESS", "WRITE_ROADMAPS", "COHORTS"]);
    expect(errorCodes(await execute(SET, { input: { locale: "es" } }, reader))).toEqual(["FORBIDDEN"]);
    expect(await savedLocale(user.id)).toBeNull();

    const writer = tokenViewerOf(user, ["WRITE_PROGRESS"]);
    expect((await execute(SET, { input: { locale: "es" } }, writer)).data?.setLocale.locale).toBe("es");
    expect((await execute(READ, {}, tokenViewerOf(user, ["COHORTS"]))).data?.viewer.locale).toBe("es");
  });

  it("changes the viewer's own choice only (cross-user)", async () => {
    const a = await createUser(testDb());
    const b = await createUser(testDb());
    await execute(SET, { input: { locale: "ja" } }, sessionViewerOf(a));
    await execute(SET, { input: { locale: "ar" } }, sessionViewerOf(b));
    expect(await savedLocale(a.id)).toBe("ja");
    expect((await execute(READ, {}, sessionViewerOf(a))).data?.viewer.locale).toBe("ja");
    expect((await execute(READ, {}, sessionViewerOf(b))).data?.viewer.locale).toBe("ar");
  });
});

import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { setItemStatus } from "@/server/services/progress/set-item-status";
import { setProfileVisibility } from "@/server/services/profile/set-profile-visibility";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { testDb } from "@/e2e/support/test-db";
import { GET } from "./[login]/[file]/route";

/*
 * The badge's words: ?lang when given and spoken, else the learner's saved
 * language, else English. The roadmap's title stays as written; a badge that
 * cannot be shown never tells the learner's language.
 */

async function learnerWithBadge() {
  const user = await createUser(testDb());
  const backend = await testDb().roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
  const item = await testDb().item.findFirstOrThrow({ where: { roadmapId: backend.id }, select: { id: true } });
  await setItemStatus(sessionViewerOf(user), { itemId: item.id, status: "DONE" });
  await setProfileVisibility(sessionViewerOf(user), { public: true, roadmapIds: [backend.id], timeZone: "UTC" });
  return user as { id: string; login: string };
}

async function badge(path: string) {
  const url = new URL(path, "http://localhost");
  const [login, file] = url.pathname.split("/").slice(3);
  const response = await GET(new NextRequest(url), { params: Promise.resolve({ login: login!, file: file! }) });
  return { status: response.status, etag: response.headers.get("etag"), svg: await response.text() };
}

const ariaLabel = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1];

describe("the README badge's language", () => {
  it("is English by default, the learner's saved language next, and ?lang first", async () => {
    const user = await learnerWithBadge();
    const path = `/api/badges/${user.login}/backend.svg`;
    const english = await badge(path);
    expect(english.status).toBe(200);
    expect(ariaLabel(english.svg)).toMatch(/ · \d+(\.\d+)?% on Waymark$/);

    await testDb().user.update({ where: { id: user.id }, data: { locale: "ja" } });
    const japanese = await badge(path);
    expect(ariaLabel(japanese.svg)).toMatch(/ · \d+(\.\d+)?%（Waymark）$/);
    // Another text, another ETag: a cache that kept the English answer would not match it.
    expect(japanese.etag).not.toBe(english.etag);
    // The same address gives the same bytes, whoever asks (no cookie, no Accept-Language is read).
    expect((await badge(path)).svg).toBe(japanese.svg);

    const arabic = await badge(`${path}?lang=ar&theme=dark`);
    expect(ariaLabel(arabic.svg)).toMatch(/ · \d+(\.\d+)?٪ على Waymark$/);
    expect(arabic.svg).toMatch(/>\d+(\.\d+)?٪<\/text>/);
    expect((await badge(`${path}?lang=en`)).svg).toBe(english.svg);
  });

  it("says not found in ?lang or English, never in the learner's own language", async () => {
    const user = await learnerWithBadge();
    await testDb().user.update({ where: { id: user.id }, data: { locale: "de", profilePublic: false } });
    const hidden = await badge(`/api/badges/${user.login}/backend.svg`);
    expect(hidden.svg).toContain(">not found</text>");
    expect(hidden.svg).toBe((await badge(`/api/badges/nobody-${user.login}/backend.svg`)).svg);
    expect((await badge(`/api/badges/${user.login}/backend.svg?lang=ja`)).svg).toContain(">見つかりません</text>");
    expect((await badge(`/api/badges/${user.login}/backend.svg?lang=ar`)).svg).toContain(">غير موجود</text>");
  });
});

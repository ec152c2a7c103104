import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmapMarkdown } from "../../shared/roadmap-markdown/parse-roadmap-markdown";
import type { ParsedItem, ParsedRoadmap } from "../../shared/roadmap-markdown/parsed-roadmap";
import { BUILT_IN_ROADMAPS } from "./seed-built-in-roadmaps";

/*
 * The content Waymark ships, checked for shape (no network here: addresses are
 * checked for form, not fetched). Every built-in roadmap reads without a
 * problem, is a sensible size, curates one to three links per item with
 * official documentation first, and claims skills that other built-in
 * roadmaps share, so that a new learner sees one status on several roadmaps.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

// A host name of dot-separated labels, ending in a top-level domain of letters.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function allItems(draft: ParsedRoadmap): ParsedItem[] {
  const walk = (item: ParsedItem): ParsedItem[] => [item, ...item.children.flatMap(walk)];
  return draft.sections.flatMap((section) => section.items.flatMap(walk));
}

const roadmaps = BUILT_IN_ROADMAPS.map(({ slug, file }) => ({
  slug,
  draft: parseRoadmapMarkdown(fs.readFileSync(path.join(ROOT, file), "utf8")),
}));

describe("the built-in roadmaps", () => {
  it("are backend, frontend and devops, each in its own file", () => {
    expect(BUILT_IN_ROADMAPS.map((roadmap) => roadmap.slug)).toEqual(["backend", "frontend", "devops"]);
    expect(new Set(BUILT_IN_ROADMAPS.map((roadmap) => roadmap.file)).size).toBe(BUILT_IN_ROADMAPS.length);
  });

  describe.each(roadmaps)("$slug", ({ draft }) => {
    it("holds 30 to 80 items in sections of at least one", () => {
      const items = allItems(draft);
      expect(items.length).toBeGreaterThanOrEqual(30);
      expect(items.length).toBeLessThanOrEqual(80);
      expect(draft.sections.length).toBeGreaterThanOrEqual(5);
    });

    it("curates one to three https links per item, official documentation first where there is any", () => {
      for (const item of allItems(draft)) {
        expect(item.resources.length, item.title).toBeGreaterThanOrEqual(1);
        expect(item.resources.length, item.title).toBeLessThanOrEqual(3);
        if (item.resources.some((resource) => resource.kind === "OFFICIAL")) {
          expect(item.resources[0]!.kind, `${item.title}: official documentation first`).toBe("OFFICIAL");
        }
        for (const resource of item.resources) {
          const url = new URL(resource.url);
          expect(url.protocol, resource.url).toBe("https:");
          expect(url.hostname, resource.url).toMatch(HOST);
          expect(url.port + url.username + url.password, resource.url).toBe("");
          expect(resource.title.length, resource.url).toBeGreaterThan(3);
        }
      }
    });

    it("links each address at most once per item", () => {
      for (const item of allItems(draft)) {
        const urls = item.resources.map((resource) => resource.url);
        expect(new Set(urls).size, item.title).toBe(urls.length);
      }
    });
  });

  it("share at least ten skills, each claimed by at most one item per roadmap", () => {
    const roadmapsOf = new Map<string, string[]>();
    for (const { slug, draft } of roadmaps) {
      const claims = allItems(draft).flatMap((item) => (item.skill ? [item.skill] : []));
      expect(new Set(claims).size, `${slug} claims a skill twice`).toBe(claims.length);
      for (const skill of claims) roadmapsOf.set(skill, [...(roadmapsOf.get(skill) ?? []), slug]);
    }
    const shared = [...roadmapsOf].filter(([, slugs]) => slugs.length >= 2).map(([skill]) => skill);
    expect(shared.length).toBeGreaterThanOrEqual(10);
    // The topics every path meets, on all three.
    for (const skill of ["git", "http", "ci-cd", "web-security", "caching"]) {
      expect(roadmapsOf.get(skill), skill).toEqual(["backend", "frontend", "devops"]);
    }
    // A skill claimed by one roadmap only shares nothing: every claim is shared.
    expect([...roadmapsOf].filter(([, slugs]) => slugs.length < 2)).toEqual([]);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  LAYOUT_NAMESPACES,
  PAGE_NAMESPACES,
  ROADMAP_VIEWER_NAMESPACES,
  roadmapViewerNamespaces,
  type MessagesPage,
} from "./client-messages";

/*
 * Issue 25, point 7: only the messages a page's client components use reach the browser. The root
 * layout sends the namespaces of what it renders around every page (LAYOUT_NAMESPACES); each page
 * wraps itself in <PageMessages page="…"> for its own (PAGE_NAMESPACES). This test reads the
 * sources: from each page, layout and boundary file it follows the imports, and inside every
 * "use client" file (and whatever those import) it collects the `useTranslations("…")`
 * namespaces. Each list must be exactly what its files need: a missing one would show message
 * keys in the browser, an extra one would send messages nobody reads.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

interface SourceFile {
  client: boolean;
  imports: string[];
  namespaces: string[];
  /** useTranslations with no namespace or one that does not start with a written one: this test could not follow it. */
  unreadable: boolean;
}

const files = new Map<string, SourceFile>();

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined; // a package
  if (/\.(tsx?|json)$/.test(base)) return fs.existsSync(base) ? base : undefined;
  return EXTENSIONS.map((extension) => base + extension).find((candidate) => fs.existsSync(candidate));
}

function read(file: string): SourceFile {
  const known = files.get(file);
  if (known) return known;
  const source = fs.readFileSync(file, "utf8");
  // Static imports and re-exports, type-only ones left out, and dynamic import() (next/dynamic).
  const specifiers = [
    ...[...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+"([^"]+)"/gms)].map((match) => match[1]!),
    ...[...source.matchAll(/^\s*import\s+"([^"]+)"/gm)].map((match) => match[1]!),
    ...[...source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1]!),
  ];
  const calls = [...source.matchAll(/\buseTranslations\(([^)]*)\)/g)].map((match) => match[1]!.trim());
  const parsed: SourceFile = {
    client: /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(source),
    imports: specifiers
      .map((specifier) => resolveImport(file, specifier))
      .filter((resolved): resolved is string => resolved !== undefined && !resolved.endsWith(".json")),
    // The top namespace: "Roadmap", "Roadmap.section" or `CohortExit.${action}` all need "Roadmap" or "CohortExit".
    namespaces: calls.flatMap((call) => /^["'`](\w+)/.exec(call)?.[1] ?? []),
    unreadable: calls.some((call) => !/^["'`]\w+/.test(call)),
  };
  files.set(file, parsed);
  return parsed;
}

/**
 * The namespaces the client components reachable from `entry` translate with, and files this test
 * could not read; what is reachable only through `stopAt` is left out (and `reached` lists those met).
 */
function clientNeeds(
  entry: string,
  stopAt: readonly string[] = [],
): { namespaces: Set<string>; unreadable: Set<string>; reached: Set<string> } {
  const namespaces = new Set<string>();
  const unreadable = new Set<string>();
  const reached = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    if (stopAt.includes(file)) {
      reached.add(file);
      return;
    }
    const parsed = read(file);
    const client = inClient || parsed.client;
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) {
      for (const namespace of parsed.namespaces) namespaces.add(namespace);
      if (parsed.unreadable) unreadable.add(path.relative(ROOT, file));
    }
    for (const imported of parsed.imports) visit(imported, client);
  };
  visit(entry, false);
  return { namespaces, unreadable, reached };
}

function appFiles(name: RegExp): string[] {
  return (fs.readdirSync(path.join(ROOT, "app"), { recursive: true }) as string[])
    .filter((relative) => name.test(path.basename(relative)))
    .map((relative) => path.join(ROOT, "app", relative))
    .sort();
}

const sorted = (values: Iterable<string>) => [...values].sort();

/*
 * The roadmap pages render some components only for a signed-in viewer (components/roadmap/
 * roadmap-page.tsx and own-roadmaps/roadmap-actions.tsx say `viewer &&`) or only for the roadmap's
 * owner (`owner &&`); their messages are sent to those viewers only (ROADMAP_VIEWER_NAMESPACES).
 * e2e/i18n-every-page.spec.ts renders the pages as a guest, a learner and an owner, where a missing
 * message would be an error.
 */
const ROADMAP_PAGES = ["app/roadmaps/[slug]/page.tsx", "app/roadmaps/[slug]/[name]/page.tsx"];
const SIGNED_IN_ENTRIES = [
  "components/plan/roadmap-plan-section.tsx",
  "components/review/roadmap-review-link.tsx",
  "components/own-roadmaps/fork-button.tsx",
  "components/own-roadmaps/export-menu.tsx",
].map((file) => path.join(ROOT, file));
const OWNER_ENTRIES = ["components/own-roadmaps/owner-controls.tsx"].map((file) => path.join(ROOT, file));

const WRAPPER = /<PageMessages\s+page="(\w+)"/g;

/**
 * The PageMessages a page is wrapped in, if any, where this test can be sure it covers all the page
 * renders: in the page's one return, or in a layout.tsx beside it with no other page below (a
 * nested page would get both lists). Anything else fails.
 */
function pageWrapper(page: string): string | undefined {
  const source = fs.readFileSync(page, "utf8");
  const layout = path.join(path.dirname(page), "layout.tsx");
  const inLayout = fs.existsSync(layout) ? [...fs.readFileSync(layout, "utf8").matchAll(WRAPPER)] : [];
  const inPage = [...source.matchAll(WRAPPER)];
  const where = path.relative(ROOT, page);
  if (inPage.length > 0) {
    expect(inLayout, `${where}: in the page or in its layout, not both`).toEqual([]);
    const body = source.slice(source.indexOf("export default"));
    const returns = [...body.matchAll(/\breturn\b/g)].length;
    expect(returns, `${where}: one return, wrapped whole`).toBe(1);
    expect(body, `${where}: its return is the wrapper`).toMatch(/\breturn\s*\(?\s*<PageMessages\s/);
    expect(inPage).toHaveLength(1);
    return inPage[0]![1];
  }
  if (inLayout.length === 0) return undefined;
  const below = (fs.readdirSync(path.dirname(page), { recursive: true }) as string[]).filter(
    (relative) => path.basename(relative) === "page.tsx" && relative !== "page.tsx",
  );
  expect(below, `${path.relative(ROOT, layout)} would wrap these pages too`).toEqual([]);
  expect(inLayout).toHaveLength(1);
  return inLayout[0]![1];
}

describe("the messages each page sends to the browser", () => {
  // The layout's client components, and the boundaries it renders instead of a page.
  const layoutFiles = [appFiles(/^layout\.tsx$/), appFiles(/^(error|not-found|loading|template)\.tsx$/)].flat();

  it("the layout sends exactly what it and the boundaries need", () => {
    const needed = new Set<string>();
    for (const file of layoutFiles) {
      const needs = clientNeeds(file);
      expect(sorted(needs.unreadable), path.relative(ROOT, file)).toEqual([]);
      for (const namespace of needs.namespaces) needed.add(namespace);
    }
    expect(sorted(LAYOUT_NAMESPACES)).toEqual(sorted(needed));
  });

  it.each(appFiles(/^page\.tsx$/).map((file) => [path.relative(ROOT, file), file]))(
    "%s sends exactly what its client components need",
    (relative, file) => {
      // A roadmap page's components for signed-in viewers and its owner send their own (the next test).
      const needs = clientNeeds(file, ROADMAP_PAGES.includes(relative) ? [...SIGNED_IN_ENTRIES, ...OWNER_ENTRIES] : []);
      expect(sorted(needs.unreadable)).toEqual([]);
      const own = sorted([...needs.namespaces].filter((namespace) => !LAYOUT_NAMESPACES.includes(namespace)));
      const wrapper = pageWrapper(file);
      if (own.length === 0) {
        // Nothing of its own: the layout's messages serve it.
        expect(wrapper, `${relative} needs no messages of its own`).toBeUndefined();
        return;
      }
      expect(wrapper, `${relative} has <PageMessages page="…"> around everything it renders`).toBeDefined();
      expect(sorted(PAGE_NAMESPACES[wrapper as MessagesPage] ?? [])).toEqual(own);
    },
  );

  it("a roadmap page adds, for a signed-in viewer and for its owner, exactly what their components need", () => {
    for (const page of ROADMAP_PAGES) {
      const everyone = clientNeeds(path.join(ROOT, page), [...SIGNED_IN_ENTRIES, ...OWNER_ENTRIES]);
      expect(sorted(everyone.reached), `${page} renders every entry named here`).toEqual(
        sorted([...SIGNED_IN_ENTRIES, ...OWNER_ENTRIES]),
      );
    }
    const before = new Set([...LAYOUT_NAMESPACES, ...PAGE_NAMESPACES.roadmap]);
    const added = (entries: readonly string[], sent: Set<string>) => {
      const namespaces = new Set<string>();
      for (const entry of entries) {
        const needs = clientNeeds(entry);
        expect(sorted(needs.unreadable)).toEqual([]);
        for (const namespace of needs.namespaces) if (!sent.has(namespace)) namespaces.add(namespace);
      }
      return sorted(namespaces);
    };
    expect(sorted(ROADMAP_VIEWER_NAMESPACES.signedIn)).toEqual(added(SIGNED_IN_ENTRIES, before));
    const signedIn = new Set([...before, ...ROADMAP_VIEWER_NAMESPACES.signedIn]);
    expect(sorted(ROADMAP_VIEWER_NAMESPACES.owner)).toEqual(added(OWNER_ENTRIES, signedIn));
    expect(roadmapViewerNamespaces(null, "owner")).toEqual([]);
    expect(roadmapViewerNamespaces("learner", "owner")).toEqual(ROADMAP_VIEWER_NAMESPACES.signedIn);
    expect(roadmapViewerNamespaces("learner", null)).toEqual(ROADMAP_VIEWER_NAMESPACES.signedIn);
    expect(sorted(roadmapViewerNamespaces("owner", "owner"))).toEqual(
      sorted([...ROADMAP_VIEWER_NAMESPACES.signedIn, ...ROADMAP_VIEWER_NAMESPACES.owner]),
    );
  });

  it("no page list repeats a layout namespace", () => {
    for (const namespaces of Object.values(PAGE_NAMESPACES)) {
      expect(namespaces.filter((namespace) => (LAYOUT_NAMESPACES as readonly string[]).includes(namespace))).toEqual(
        [],
      );
    }
  });
});

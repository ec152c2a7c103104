import "server-only";

import { LRUCache } from "lru-cache";
import { db } from "../../../db/client";
import { sharedCache } from "../../../platform/cache/shared-cache";
import { sameLanguage } from "../../../../shared/i18n/language-name";
import type { ParsedResource } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import type { TranslationContent } from "../../../../shared/roadmap-markdown/check-translation";
import type { RoadmapRef } from "./find-roadmap-ids";
import type { ItemNode, ResourceNode, RoadmapContent, SectionNode } from "./roadmap-content-types";

/*
 * A roadmap's content in one of its translations: the original's tree (same
 * ids, so progress, notes, skills and history are the items' in every
 * language) with the translation's titles and, where it lists any, its
 * resources. Cached like the original's, under the roadmap's content version,
 * which saving or deleting a translation bumps.
 */

const CACHE_SECONDS = 3600;
const cacheKey = (ref: RoadmapRef, language: string) =>
  `roadmap-translation:v1:${ref.id}:${ref.contentVersion}:${language}`;

interface TranslationRow {
  title: string;
  description: string | null;
  content: TranslationContent;
}

const BUILT_KEY = Symbol.for("waymark.builtTranslatedContents");
type GlobalWithBuilt = typeof globalThis & { [BUILT_KEY]?: LRUCache<string, RoadmapContent> };
const built = ((globalThis as GlobalWithBuilt)[BUILT_KEY] ??= new LRUCache<string, RoadmapContent>({ max: 64 }));

/** The translation of `content` a reader of `language` sees: an exact tag, else one of the same language; none: null. */
export function translationFor(content: RoadmapContent, language: string | null | undefined): string | null {
  if (!language || content.translations.length === 0) return null;
  const wanted = language.toLowerCase();
  const exact = content.translations.find((translation) => translation.language.toLowerCase() === wanted);
  const near = content.translations.find((translation) => sameLanguage(translation.language, language));
  const found = exact ?? near;
  return found && found.language !== content.roadmap.originalLanguage ? found.language : null;
}

/**
 * The contents at known versions in the language asked (each pair's `language`
 * one of its translations, from translationFor): from this process's memory,
 * else the shared cache, else one statement for all the misses.
 */
export async function translatedContents(
  wanted: readonly { ref: RoadmapRef; base: RoadmapContent; language: string }[],
): Promise<RoadmapContent[]> {
  const result = new Map<number, RoadmapContent>();
  const rows = new Map<number, TranslationRow>();
  const cache = sharedCache();
  await Promise.all(
    wanted.map(async ({ ref, language }, index) => {
      const hit = built.get(cacheKey(ref, language));
      if (hit) result.set(index, hit);
      else {
        const cached = await cache.get<TranslationRow>(cacheKey(ref, language));
        if (cached) rows.set(index, cached);
      }
    }),
  );
  const missing = wanted.flatMap((entry, index) => (result.has(index) || rows.has(index) ? [] : [{ ...entry, index }]));
  if (missing.length > 0) {
    const found = await db().roadmapTranslation.findMany({
      where: { OR: missing.map(({ ref, language }) => ({ roadmapId: ref.id, language })) },
      select: { roadmapId: true, language: true, title: true, description: true, content: true },
    });
    const byKey = new Map(found.map((row) => [`${row.roadmapId}\u0000${row.language}`, row]));
    await Promise.all(
      missing.map(async ({ ref, language, index }) => {
        const row = byKey.get(`${ref.id}\u0000${language}`);
        if (!row) return;
        const translation = {
          title: row.title,
          description: row.description,
          content: row.content as unknown as TranslationContent,
        };
        rows.set(index, translation);
        // Stored under the version read first: a save meanwhile bumps the version, which later requests ask for.
        await cache.set(cacheKey(ref, language), translation, CACHE_SECONDS);
      }),
    );
  }
  return wanted.map(({ ref, base, language }, index) => {
    const done = result.get(index);
    if (done) return done;
    const row = rows.get(index);
    // Deleted since the version was read: the original, as a later request would get.
    if (!row) return base;
    const content = applyTranslation(base, language, row);
    built.set(cacheKey(ref, language), content);
    return content;
  });
}

/**
 * The original's tree with the translation's texts. Items it has no text for
 * (the original grew since) keep the original's, as do their resources; each
 * resource then names the original's language, so the page can tag it.
 */
export function applyTranslation(base: RoadmapContent, language: string, translation: TranslationRow): RoadmapContent {
  const original = base.roadmap.originalLanguage;
  const texts = translation.content;
  let position = 0;
  const translatedResources = (list: ParsedResource[]): ResourceNode[] =>
    list.map((resource) => ({
      // Stable while the version is: `rt:<roadmap>:<language>:<n>` (node() finds it by parseTranslatedResourceId).
      id: translatedResourceId(base.roadmap.id, language, position++),
      title: resource.title,
      url: resource.url,
      kind: resource.kind,
      writtenType: resource.writtenType ?? null,
      language: resource.language && resource.language !== language ? resource.language : null,
    }));
  const inOriginal = (list: ResourceNode[]): ResourceNode[] =>
    list.map((resource) => ({ ...resource, language: resource.language ?? original }));

  const itemById = new Map<string, ItemNode>();
  const translateItem = (item: ItemNode): ItemNode => {
    const text = texts.items[item.key];
    const node: ItemNode = {
      ...item,
      title: text?.title ?? item.title,
      resources: text?.resources ? translatedResources(text.resources) : inOriginal(item.resources),
      children: [],
    };
    itemById.set(node.id, node);
    node.children = item.children.map(translateItem);
    return node;
  };
  const sections: SectionNode[] = base.sections.map((section) => {
    const items = section.items.map(translateItem);
    return {
      ...section,
      title: texts.sections[section.key] ?? section.title,
      items,
      allItems: section.allItems.map((item) => itemById.get(item.id)!),
    };
  });
  const items = sections.flatMap((section) => section.allItems);
  return {
    roadmap: { ...base.roadmap, title: translation.title, description: translation.description, language },
    sections,
    items,
    itemById: new Map(items.map((item) => [item.id, item])),
    resources: texts.resources ? translatedResources(texts.resources) : inOriginal(base.resources),
    translations: base.translations,
  };
}

const TRANSLATED_RESOURCE_ID = /^rt:([^:]+):([^:]+):(\d+)$/;

export function translatedResourceId(roadmapId: string, language: string, index: number): string {
  return `rt:${roadmapId}:${language}:${index}`;
}

/** The roadmap and language of a translated resource's id; null for any other id. */
export function parseTranslatedResourceId(id: string): { roadmapId: string; language: string } | null {
  const match = TRANSLATED_RESOURCE_ID.exec(id);
  return match ? { roadmapId: match[1]!, language: match[2]! } : null;
}

/**
 * Each content in the language asked when it has a translation in it
 * (translationFor), else as written. One statement at most, for every miss.
 */
export async function contentsInLanguages(
  entries: readonly { ref: RoadmapRef; base: RoadmapContent; language: string | null | undefined }[],
): Promise<RoadmapContent[]> {
  const wanted = entries.flatMap(({ ref, base, language }, index) => {
    const translation = translationFor(base, language);
    return translation ? [{ ref, base, language: translation, index }] : [];
  });
  const result = entries.map(({ base }) => base);
  if (wanted.length === 0) return result;
  const translated = await translatedContents(wanted);
  wanted.forEach(({ index }, at) => (result[index] = translated[at]!));
  return result;
}

import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import {
  loadRoadmapContentBySlug,
  loadRoadmapContentBySlugIn,
} from "@/server/services/roadmaps/content/roadmap-content";
import { requestLocale } from "@/server/auth/request-locale";
import { canonicalLanguageTag } from "@/shared/roadmap-markdown/link-language";
import type { RoadmapContent } from "@/server/services/roadmaps/content/roadmap-content";

/*
 * The two roadmap routes share this: /roadmaps/<slug> (built-in) and
 * /roadmaps/<login>/<name> (a learner's, whose slug is "<login>/<name>").
 * GitHub logins ignore case, and so do these addresses.
 */

export function slugOf(parts: string[]): string {
  return parts.map((part) => decodeURIComponent(part).toLowerCase()).join("/");
}

/**
 * A roadmap's page lives at one address, its slug's (logins in lowercase): the
 * same address in another case answers with a permanent redirect there, as
 * /u/<login> does. Only for a roadmap the viewer may see, so that a redirect
 * never tells that a private roadmap exists.
 */
export function redirectToCanonicalAddress(
  parts: string[],
  content: RoadmapContent,
  language?: string | string[],
): void {
  const asked = parts.map((part) => decodeURIComponent(part)).join("/");
  const query = typeof language === "string" ? `?language=${encodeURIComponent(language)}` : "";
  if (asked !== content.roadmap.slug) permanentRedirect(`/roadmaps/${content.roadmap.slug}${query}`);
}

/**
 * The viewer and the roadmap's content, null when there is none they may see
 * (the page is then a 404): in its translation into the page's language when it
 * has one, or in the language `?language=` asks for (`?language=en`, the original).
 */
export async function roadmapForPage(slug: string, asked?: string | string[]) {
  const viewer = await sessionViewer();
  const language = (typeof asked === "string" ? canonicalLanguageTag(asked) : null) ?? (await requestLocale());
  return { viewer, content: await loadRoadmapContentBySlugIn(viewer, slug, language) };
}

/** The viewer and the roadmap as written, whatever the page's language (its editor edits the original). */
export async function originalRoadmapForPage(slug: string) {
  const viewer = await sessionViewer();
  return { viewer, content: await loadRoadmapContentBySlug(viewer, slug) };
}

export async function roadmapMetadata(slug: string, language?: string | string[]): Promise<Metadata> {
  const { content } = await roadmapForPage(slug, language);
  return { title: content?.roadmap.title ?? (await pageTranslations("RoadmapActions"))("notFound") };
}

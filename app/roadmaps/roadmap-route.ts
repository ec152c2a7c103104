import type { Metadata } from "next";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { getRoadmapContentBySlug } from "@/app/lib/services/roadmaps/get-roadmap-content-by-slug";

/*
 * The two roadmap routes share this: /roadmaps/<slug> (built-in) and
 * /roadmaps/<login>/<name> (a learner's, whose slug is "<login>/<name>").
 * GitHub logins ignore case, and so do these addresses.
 */

export function slugOf(parts: string[]): string {
  return parts.map((part) => decodeURIComponent(part).toLowerCase()).join("/");
}

/** The viewer and the roadmap's content, null when there is none they may see (the page is then a 404). */
export async function roadmapForPage(slug: string) {
  const viewer = await sessionViewer();
  return { viewer, content: await getRoadmapContentBySlug(viewer, slug) };
}

export async function roadmapMetadata(slug: string): Promise<Metadata> {
  const { content } = await roadmapForPage(slug);
  return { title: content?.roadmap.title ?? "Roadmap not found" };
}

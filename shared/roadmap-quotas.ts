import { IMPORT_LIMITS } from "./roadmap-markdown/import-limits";

/**
 * What one learner may keep, shown in the editor and enforced by the services
 * (BAD_USER_INPUT past a quota; saves per minute are RATE_LIMITED, see
 * ROADMAP_SAVES_PER_MINUTE). Forks count as roadmaps.
 */
export const ROADMAP_QUOTAS = {
  roadmapsPerLearner: 50,
  itemsPerRoadmap: IMPORT_LIMITS.items,
  /** The roadmap as Waymark writes it, without key pins (see IMPORT_LIMITS). */
  markdownBytes: IMPORT_LIMITS.markdownBytes,
  /** The file itself. */
  fileBytes: IMPORT_LIMITS.fileBytes,
} as const;

/**
 * A learner's roadmap lives at /roadmaps/<login>/<name>; built-in roadmaps at
 * /roadmaps/<slug>. Names are lowercase letters, digits and single dashes.
 * Some words are taken by pages: /roadmaps/new, /roadmaps/mine, and
 * /roadmaps/<slug>/edit (so no learner's roadmap may be called "edit"), and
 * /roadmaps/<slug>/opengraph-image, a built-in roadmap's link-preview card.
 */
export const ROADMAP_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ROADMAP_NAME_MAX = 64;
export const RESERVED_ROADMAP_NAMES: readonly string[] = ["new", "mine", "edit", "explore", "opengraph-image"];

/** A name for a roadmap from its title: `Go for Rust programmers` gives `go-for-rust-programmers`. */
export function roadmapNameFromTitle(title: string): string {
  const name = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, ROADMAP_NAME_MAX - 4)
    .replace(/-+$/, "");
  return name && !RESERVED_ROADMAP_NAMES.includes(name) ? name : "roadmap";
}

import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import { IMPORT_LIMITS } from "../../../../shared/roadmap-markdown/parse-roadmap-markdown";
import { RESERVED_ROADMAP_NAMES } from "../../../../shared/roadmap-quotas";
import { validate } from "../../validate";
import { requireAdmin, type MaybeViewer } from "../../viewer";
import { parseMarkdownOrThrow } from "./parse-markdown-or-throw";
import { saveBuiltInRoadmap, type SaveSummary } from "./save-built-in-roadmap";

export const importRoadmapInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase letters, digits and single dashes")
    .max(64, "must be at most 64 characters")
    .refine((slug) => !RESERVED_ROADMAP_NAMES.includes(slug), "is a word Waymark's pages use; choose another"),
  // The file's bound (a roadmap's export, key pins and all, fits): the parser names it in bytes.
  markdown: z.string().max(IMPORT_LIMITS.fileBytes, "is too large"),
});

/**
 * Creates or updates a built-in roadmap from markdown (administrators only). A
 * file with problems is rejected as a whole, every problem listed with its line,
 * and the stored roadmap is left as it was.
 */
export async function importRoadmap(viewer: MaybeViewer, input: unknown): Promise<SaveSummary> {
  requireAdmin(viewer);
  const { slug, markdown } = validate(importRoadmapInput, input);
  return saveBuiltInRoadmap(db(), slug, parseMarkdownOrThrow(markdown), { markdown });
}

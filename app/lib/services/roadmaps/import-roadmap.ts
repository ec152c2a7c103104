import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { IMPORT_LIMITS, parseRoadmapMarkdown } from "../../shared/roadmap-import/parse-roadmap-markdown";
import { RoadmapParseError } from "../../shared/roadmap-import/roadmap-draft";
import { BadInputError } from "../../shared/errors";
import { validate } from "../validate";
import { requireAdmin, type MaybeViewer } from "../viewer";
import { saveRoadmapDraft, type SaveSummary } from "./save-roadmap-draft";

export const importRoadmapInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase letters, digits and single dashes")
    .max(64, "must be at most 64 characters"),
  markdown: z.string().max(IMPORT_LIMITS.markdownBytes, "is too large"),
});

/**
 * Creates or updates a roadmap from markdown (administrators only). A file with
 * problems is rejected as a whole, every problem listed with its line, and the
 * stored roadmap is left as it was.
 */
export async function importRoadmap(viewer: MaybeViewer, input: unknown): Promise<SaveSummary> {
  requireAdmin(viewer);
  const { slug, markdown } = validate(importRoadmapInput, input);
  let draft;
  try {
    draft = parseRoadmapMarkdown(markdown);
  } catch (error) {
    if (error instanceof RoadmapParseError) {
      throw new BadInputError(`The roadmap has problems:\n${error.message}`, { problems: error.problems });
    }
    throw error;
  }
  return saveRoadmapDraft(db(), slug, draft);
}

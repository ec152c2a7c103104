import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import { roadmapSaveLimiters } from "../../../platform/cache/rate-limit";
import { BadInputError } from "../../../../shared/errors";
import { LOCALES } from "../../../../shared/i18n/locales";
import { IMPORT_LIMITS } from "../../../../shared/roadmap-markdown/import-limits";
import { idSchema } from "../../ids";
import { validate } from "../../validate";
import { requireScope, type MaybeViewer } from "../../viewer";
import { getEditableRoadmapOrThrow } from "../authoring/get-editable-roadmap-or-throw";
import { parseMarkdownOrThrow } from "../authoring/parse-markdown-or-throw";
import { parseRoadmapMarkdown } from "../../../../shared/roadmap-markdown/parse-roadmap-markdown";
import { writeRoadmapMarkdown } from "../../../../shared/roadmap-markdown/write-roadmap-markdown";
import { loadRoadmapContentsAt } from "../content/roadmap-content";
import { writeTranslation } from "./write-translation";

const languageSchema = z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` });

export const saveRoadmapTranslationInput = z.object({
  roadmapId: idSchema,
  language: languageSchema,
  markdown: z.string().max(2 * IMPORT_LIMITS.fileBytes, "is far over the size limit"),
});

export const deleteRoadmapTranslationInput = z.object({ roadmapId: idSchema, language: languageSchema });

/**
 * Adds or replaces a translation of a roadmap the viewer may edit (their own;
 * an administrator's session for a built-in one): markdown with the original's
 * sections in order and its items by key (docs/roadmap-format.md#translations).
 * A file with problems, or one that does not match the original, is
 * BAD_USER_INPUT listing each problem with its line (and, as missingKeys and
 * extraKeys, the keys); nothing is written. Needs WRITE_ROADMAPS; counts as a
 * save for the rate limit.
 */
export async function saveRoadmapTranslation(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ roadmapId: string; language: string }> {
  const known = requireScope(viewer, "WRITE_ROADMAPS");
  const request = validate(saveRoadmapTranslationInput, input);
  await roadmapSaveLimiters().saves.consume(known.userId);
  const draft = parseMarkdownOrThrow(request.markdown);
  await db().$transaction(async (tx) => {
    const roadmap = await getEditableRoadmapOrThrow(tx, known, request.roadmapId);
    const stored = await tx.roadmap.findUniqueOrThrow({
      where: { id: roadmap.id },
      select: { language: true, markdown: true, contentVersion: true },
    });
    if (stored.language === request.language) {
      throw new BadInputError(
        `The roadmap is written in ${request.language}; a translation is into another language.`,
        {
          fields: { language: "is the roadmap's own language" },
        },
      );
    }
    await writeTranslation(
      tx,
      roadmap.id,
      { language: request.language, markdown: request.markdown, draft },
      await originalDraft(roadmap.id, stored),
    );
  });
  return { roadmapId: request.roadmapId, language: request.language };
}

/** Removes a translation; its readers see the original again. Same rights as saving one. */
export async function deleteRoadmapTranslation(viewer: MaybeViewer, input: unknown): Promise<{ roadmapId: string }> {
  const known = requireScope(viewer, "WRITE_ROADMAPS");
  const request = validate(deleteRoadmapTranslationInput, input);
  await db().$transaction(async (tx) => {
    const roadmap = await getEditableRoadmapOrThrow(tx, known, request.roadmapId);
    const { count } = await tx.roadmapTranslation.deleteMany({
      where: { roadmapId: roadmap.id, language: request.language },
    });
    if (count === 0) {
      throw new BadInputError(`The roadmap has no translation into ${request.language}.`, {
        fields: { language: "has no translation" },
      });
    }
    await tx.roadmap.update({ where: { id: roadmap.id }, data: { contentVersion: { increment: 1 } } });
  });
  return { roadmapId: request.roadmapId };
}

/** The original as saved: its markdown (lines for the problems), or, saved before sources were kept, written back. */
async function originalDraft(roadmapId: string, stored: { markdown: string | null; contentVersion: number }) {
  if (stored.markdown !== null) return parseRoadmapMarkdown(stored.markdown);
  const [content] = await loadRoadmapContentsAt([{ id: roadmapId, contentVersion: stored.contentVersion }]);
  return parseRoadmapMarkdown(writeRoadmapMarkdown({ ...content!.roadmap, ...content! }));
}

import "server-only";

import type { Prisma } from "../../../db/generated/client";
import { BadInputError } from "../../../../shared/errors";
import {
  checkTranslation,
  translationContent,
  type TranslationMismatch,
} from "../../../../shared/roadmap-markdown/check-translation";
import type { ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";

/**
 * Stores a translation that matches its original (else BAD_USER_INPUT with the
 * problems, and the missing and extra keys with their lines) and bumps the
 * roadmap's content version, so every cache serves it from the next request.
 * The caller holds the roadmap's row lock (getEditableRoadmapOrThrow, or the
 * seed's), so a save of the original cannot slip between check and write.
 */
export async function writeTranslation(
  tx: Prisma.TransactionClient,
  roadmapId: string,
  translation: { language: string; markdown: string; draft: ParsedRoadmap },
  original: ParsedRoadmap,
): Promise<void> {
  const mismatch = checkTranslation(original, translation.draft);
  if (mismatch.problems.length > 0) throw mismatchError(mismatch);
  const content = translationContent(original, translation.draft) as unknown as Prisma.InputJsonValue;
  const data = {
    title: translation.draft.title,
    description: translation.draft.description,
    markdown: translation.markdown,
    content,
    missingItems: 0,
  };
  await tx.roadmapTranslation.upsert({
    where: { roadmapId_language: { roadmapId, language: translation.language } },
    create: { roadmapId, language: translation.language, ...data },
    update: data,
  });
  await tx.roadmap.update({ where: { id: roadmapId }, data: { contentVersion: { increment: 1 } } });
}

function mismatchError(mismatch: TranslationMismatch): BadInputError {
  const lines = mismatch.problems.map((problem) => `line ${problem.line}: ${problem.message}`);
  const first = mismatch.problems[0]!;
  return new BadInputError(`The translation does not match the original:\n${lines.join("\n")}`, {
    problems: mismatch.problems,
    missingKeys: mismatch.missing.map(({ key, title, originalLine }) => ({ key, title, line: originalLine })),
    extraKeys: mismatch.extra,
    fields: { markdown: `line ${first.line}: ${first.message}` },
  });
}

/**
 * After the original is saved: how many of its live items each translation has
 * no text for (the page says the translation is behind). One statement.
 */
export async function recountMissingTranslations(tx: Prisma.TransactionClient, roadmapId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "RoadmapTranslation" t SET "missingItems" = (
      SELECT count(*)::int FROM "Item" i
      WHERE i."roadmapId" = t."roadmapId" AND i."retiredAt" IS NULL AND NOT (t."content"->'items' ? i."key"))
    WHERE t."roadmapId" = ${roadmapId}`;
}

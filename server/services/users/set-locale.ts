import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { isLocale, LOCALES } from "../../../shared/i18n/locales";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";

export const setLocaleInput = z.object({
  // null (or left out): follow the browser's Accept-Language.
  locale: z
    .string()
    .max(35)
    .refine(isLocale, `must be one of ${LOCALES.join(", ")}, or null to follow the browser`)
    .nullish(),
});

/**
 * Saves the interface language the viewer chose, for every browser they sign in
 * with. A preference of theirs like the review settings: a token needs
 * WRITE_PROGRESS.
 */
export async function setLocale(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ userId: string; locale: string | null }> {
  const { userId } = requireScope(viewer, "WRITE_PROGRESS");
  const locale = validate(setLocaleInput, input).locale ?? null;
  await db().user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
  return { userId, locale };
}

"use client";

import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { useTranslations } from "next-intl";
import type { Translate } from "@/shared/i18n/translate";

/** What the API said about a failure: its code (which never changes with the language), message and extensions. */
export interface ApiError {
  code: string | undefined;
  /** The server's sentence, in English: shown when no translation knows the case. */
  message: string;
  extensions: Readonly<Record<string, unknown>>;
}

/** The first GraphQL error a request failed with, or null (unreachable, or not a GraphQL answer). */
export function apiErrorOf(failure: unknown): ApiError | null {
  if (!CombinedGraphQLErrors.is(failure)) return null;
  const first = failure.errors[0];
  if (!first) return null;
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  return {
    code: typeof extensions.code === "string" ? extensions.code : undefined,
    message: first.message,
    extensions,
  };
}

/** The fields a BAD_USER_INPUT names (`extensions.fields`), each with the server's sentence. */
export function fieldsOf(error: ApiError): Record<string, string> {
  const fields = error.extensions.fields;
  return fields && typeof fields === "object" ? (fields as Record<string, string>) : {};
}

// The HTTP answers that carry no GraphQL body, by the codes the API gives the same failures.
const STATUS_CODES: Record<number, string> = {
  401: "UNAUTHENTICATED",
  429: "RATE_LIMITED",
  503: "SERVICE_UNAVAILABLE",
};

/**
 * A sentence for a failed request, in the page's language, chosen by the
 * error's code. `specific` speaks first, for the codes one
 * action knows better (a field, a quota, who may do it), and returns null for the
 * rest; a code nobody translates shows the server's own message.
 */
export function useErrorText(specific?: (error: ApiError) => string | null): (failure: unknown) => string {
  const t = useTranslations("ActionErrors") as unknown as Translate;
  return (failure) => errorText(t, failure, specific);
}

/** useErrorText's sentence, with the ActionErrors translator `t`. */
export function errorText(t: Translate, failure: unknown, specific?: (error: ApiError) => string | null): string {
  const error = apiErrorOf(failure);
  const code = error?.code ?? (ServerError.is(failure) ? STATUS_CODES[failure.statusCode] : undefined);
  if (code === "UNAUTHENTICATED") return t("unauthenticated");
  if (code === "RATE_LIMITED") return t("rateLimited");
  if (code === "SERVICE_UNAVAILABLE") return t("unavailable");
  if (!error) return t("unreachable");
  const own = specific?.(error);
  if (own) return own;
  if (code === "INTERNAL_SERVER_ERROR") return t("internal");
  return error.message || t("refused");
}

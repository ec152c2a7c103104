"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import type { SkillSuggestionsQuery as SuggestionsResult } from "@/graphql/generated/client/graphql";
import { apolloClient } from "../apollo/apollo-client";
import { useErrorText } from "../apollo/use-error-text";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { itemAtLine } from "./claim-skill";
import { SkillSuggestionsQuery } from "./skill-operations";
import type { ItemOutline } from "./use-local-problems";

/** The skills a saved roadmap claims with how many learners follow each (Roadmap.skillClaims). */
export interface SavedSkillClaims {
  skills: { name: string; items: number; learners: number }[];
  total: number;
}

type Suggestion = SuggestionsResult["skillSuggestions"][number];
type Suggestions =
  | { state: "idle" }
  | { state: "loading"; key: string }
  | { state: "ready"; key: string; suggestions: Suggestion[] }
  | { state: "error"; key: string; failure: unknown };

const DELAY_MS = 400;
/** The server's bounds (suggest-skills.ts): longer titles are cut, further links left out. */
const MAX_TITLE = 300;
const MAX_URLS = 20;
/** Learners are counted up to this (roadmap-skill-claims.ts). */
const LEARNERS_COUNTED = 10_000;
const SKILL_COMMENT_EXAMPLE = "<!-- skill: some-name -->";
const ltrCode = (chunks: ReactNode) => <code dir="ltr">{chunks}</code>;

/**
 * The editor's skills: for the item at the caret, the skill it claims or the
 * skills it could claim (from PUBLIC roadmaps and the author's own, by title
 * and by link; "Claim" writes `<!-- skill: … -->` at the end of its line), and
 * the skills the roadmap claims with how many learners follow each (the saved
 * roadmap's counts: the editor is its author's page only).
 */
export function SkillPanel({
  outline,
  caretLine,
  saved,
  onClaim,
}: {
  /** The items of the markdown as it reads now; null while it has problems. */
  outline: readonly ItemOutline[] | null;
  caretLine: number;
  /** Null for a roadmap not saved yet. */
  saved: SavedSkillClaims | null;
  onClaim: (line: number, skill: string) => void;
}) {
  const t = useTranslations("SkillPanel");
  const item = outline ? itemAtLine(outline, caretLine) : null;
  const request = useMemo(
    () =>
      item && !item.skill
        ? {
            title: item.title.slice(0, MAX_TITLE),
            urls: item.urls.filter((url) => url.length <= 2048).slice(0, MAX_URLS),
          }
        : null,
    [item],
  );
  const key = request ? JSON.stringify(request) : "";
  const suggestions = useSuggestions(request, key);

  return (
    <Card as="section" aria-labelledby="skills-heading" className="space-y-3" data-testid="skill-panel">
      <div>
        <h2 id="skills-heading" className="text-sm font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <div aria-live="polite" className="space-y-2 text-sm">
        {outline === null ? (
          <p className="text-slate-700 dark:text-slate-300">{t("waiting")}</p>
        ) : item === null ? (
          <p className="text-slate-700 dark:text-slate-300">{t("noItem")}</p>
        ) : item.skill ? (
          <p>
            {t.rich("claims", {
              line: item.line,
              title: item.title,
              skill: item.skill,
              em: (chunks) => <span className="font-medium">{chunks}</span>,
              code: (chunks) => (
                <code dir="ltr" className="rounded bg-slate-100 px-1 dark:bg-slate-800">
                  {chunks}
                </code>
              ),
            })}
          </p>
        ) : (
          <>
            <p>
              {t.rich("claimsNone", {
                line: item.line,
                title: item.title,
                em: (chunks) => <span className="font-medium">{chunks}</span>,
              })}
            </p>
            <SuggestionList
              suggestions={suggestions}
              fresh={suggestions.state !== "idle" && suggestions.key === key}
              onClaim={(name) => onClaim(item.line, name)}
            />
          </>
        )}
      </div>
      <ClaimedSkills outline={outline} saved={saved} />
    </Card>
  );
}

function useSuggestions(request: { title: string; urls: string[] } | null, key: string): Suggestions {
  const [suggestions, setSuggestions] = useState<Suggestions>({ state: "idle" });
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const variables = JSON.parse(key) as { title: string; urls: string[] };
    const timer = setTimeout(async () => {
      setSuggestions({ state: "loading", key });
      try {
        const client = await apolloClient();
        const { data } = await client.query({ query: SkillSuggestionsQuery, variables, fetchPolicy: "no-cache" });
        if (!cancelled) setSuggestions({ state: "ready", key, suggestions: data?.skillSuggestions ?? [] });
      } catch (error) {
        if (!cancelled) setSuggestions({ state: "error", key, failure: error });
      }
    }, DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key]);
  return request ? suggestions : { state: "idle" };
}

function SuggestionList({
  suggestions,
  fresh,
  onClaim,
}: {
  suggestions: Suggestions;
  fresh: boolean;
  onClaim: (name: string) => void;
}) {
  const t = useTranslations("SkillPanel");
  const describe = useErrorText();
  if (!fresh || suggestions.state === "loading" || suggestions.state === "idle") {
    return <p className="text-slate-700 dark:text-slate-300">{t("looking")}</p>;
  }
  if (suggestions.state === "error") {
    return (
      <p className="text-red-800 dark:text-red-300">{t("unavailable", { reason: describe(suggestions.failure) })}</p>
    );
  }
  if (suggestions.suggestions.length === 0) {
    return (
      <p className="text-slate-700 dark:text-slate-300">
        {t.rich("noneFound", { example: SKILL_COMMENT_EXAMPLE, code: ltrCode })}
      </p>
    );
  }
  return (
    <ul className="space-y-2" aria-label={t("listLabel")}>
      {suggestions.suggestions.map((suggestion) => (
        <li key={suggestion.name} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <Button
            variant="secondary"
            size="inline"
            onClick={() => onClaim(suggestion.name)}
            aria-label={t("claimLabel", { name: suggestion.name })}
          >
            {t.rich("claim", { name: suggestion.name, code: ltrCode })}
          </Button>
          <span className="min-w-0 text-xs break-words text-slate-700 dark:text-slate-300">
            {t("suggestion", {
              title: suggestion.title,
              why: why(t, suggestion),
              item: suggestion.example.itemTitle,
              roadmap: suggestion.example.roadmapTitle,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function why(t: ReturnType<typeof useTranslations>, suggestion: Suggestion): string {
  const links = t("whyLinks", { count: suggestion.sharedLinks });
  if (suggestion.reasons.includes("LINK") && suggestion.reasons.includes("TITLE"))
    return t("whyTitleAndLinks", { links });
  return suggestion.reasons.includes("LINK") ? links : t("whyTitle");
}

/** The skills the markdown claims now, each with its items here and, once saved, the learners who follow it. */
function ClaimedSkills({ outline, saved }: { outline: readonly ItemOutline[] | null; saved: SavedSkillClaims | null }) {
  const t = useTranslations("SkillPanel");
  const learners = new Map(saved?.skills.map((skill) => [skill.name, skill.learners]));
  const claimed = new Map<string, number>();
  if (outline) {
    for (const item of outline) if (item.skill) claimed.set(item.skill, (claimed.get(item.skill) ?? 0) + 1);
  } else {
    for (const skill of saved?.skills ?? []) claimed.set(skill.name, skill.items);
  }
  const names = [...claimed.keys()].sort();
  return (
    <div className="space-y-1 border-t border-slate-200 pt-3 dark:border-slate-800">
      <h3 className="text-sm font-medium">{t("claimedHeading", { count: names.length })}</h3>
      {names.length > 0 && (
        <ul className="space-y-0.5 text-xs text-slate-700 dark:text-slate-300" data-testid="claimed-skills">
          {names.map((name) => {
            const items = claimed.get(name)!;
            const count = learners.get(name);
            return (
              <li key={name}>
                <code dir="ltr" className="font-medium text-slate-900 dark:text-slate-100">
                  {name}
                </code>{" "}
                · {t("claimedItems", { count: items })} ·{" "}
                {count === undefined
                  ? t(saved && saved.skills.length < saved.total ? "notCounted" : "countedOnceSaved")
                  : count >= LEARNERS_COUNTED
                    ? t("followAtLeast", { count: LEARNERS_COUNTED })
                    : t("follow", { count })}
              </li>
            );
          })}
        </ul>
      )}
      {saved && saved.skills.length < saved.total && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t("countedFirst", { count: saved.skills.length })}
        </p>
      )}
    </div>
  );
}

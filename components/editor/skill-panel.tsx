"use client";

import { useEffect, useMemo, useState } from "react";
import type { SkillSuggestionsQuery as SuggestionsResult } from "@/graphql/generated/client/graphql";
import { apolloClient } from "../apollo/apollo-client";
import { errorMessage } from "../apollo/error-message";
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
  | { state: "error"; key: string; message: string };

const DELAY_MS = 400;
/** The server's bounds (suggest-skills.ts): longer titles are cut, further links left out. */
const MAX_TITLE = 300;
const MAX_URLS = 20;
/** Learners are counted up to this (roadmap-skill-claims.ts). */
const LEARNERS_COUNTED = 10_000;

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
          Skills
        </h2>
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          Items that claim the same skill share each learner&apos;s status across roadmaps. Put the caret on an item to
          see the skills it could claim.
        </p>
      </div>
      <div aria-live="polite" className="space-y-2 text-sm">
        {outline === null ? (
          <p className="text-slate-700 dark:text-slate-300">
            Suggestions come back once the file reads without problems.
          </p>
        ) : item === null ? (
          <p className="text-slate-700 dark:text-slate-300">The caret is not on an item.</p>
        ) : item.skill ? (
          <p>
            Line {item.line}, <span className="font-medium">{item.title}</span>, claims{" "}
            <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{item.skill}</code>.
          </p>
        ) : (
          <>
            <p>
              Line {item.line}, <span className="font-medium">{item.title}</span>, claims no skill.
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
        if (!cancelled) setSuggestions({ state: "error", key, message: errorMessage(error) });
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
  if (!fresh || suggestions.state === "loading" || suggestions.state === "idle") {
    return <p className="text-slate-700 dark:text-slate-300">Looking for skills it could claim…</p>;
  }
  if (suggestions.state === "error") {
    return <p className="text-red-800 dark:text-red-300">Suggestions are not available: {suggestions.message}</p>;
  }
  if (suggestions.suggestions.length === 0) {
    return (
      <p className="text-slate-700 dark:text-slate-300">
        No skill found for it on public roadmaps or yours. You can name one:{" "}
        <code>&lt;!-- skill: some-name --&gt;</code>
      </p>
    );
  }
  return (
    <ul className="space-y-2" aria-label="Skills it could claim">
      {suggestions.suggestions.map((suggestion) => (
        <li key={suggestion.name} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <Button
            variant="secondary"
            size="inline"
            onClick={() => onClaim(suggestion.name)}
            aria-label={`Claim the skill ${suggestion.name}`}
          >
            Claim <code>{suggestion.name}</code>
          </Button>
          <span className="min-w-0 text-xs break-words text-slate-700 dark:text-slate-300">
            {suggestion.title} · {why(suggestion)} · as “{suggestion.example.itemTitle}” on{" "}
            {suggestion.example.roadmapTitle}
          </span>
        </li>
      ))}
    </ul>
  );
}

function why(suggestion: Suggestion): string {
  const links =
    suggestion.sharedLinks === 1 ? "an item with one of its links" : `${suggestion.sharedLinks} items with its links`;
  if (suggestion.reasons.includes("LINK") && suggestion.reasons.includes("TITLE")) return `like its title, ${links}`;
  return suggestion.reasons.includes("LINK") ? links : "like its title";
}

/** The skills the markdown claims now, each with its items here and, once saved, the learners who follow it. */
function ClaimedSkills({ outline, saved }: { outline: readonly ItemOutline[] | null; saved: SavedSkillClaims | null }) {
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
      <h3 className="text-sm font-medium">
        This roadmap claims {names.length === 1 ? "1 skill" : `${names.length} skills`}
      </h3>
      {names.length > 0 && (
        <ul className="space-y-0.5 text-xs text-slate-700 dark:text-slate-300" data-testid="claimed-skills">
          {names.map((name) => {
            const items = claimed.get(name)!;
            const count = learners.get(name);
            return (
              <li key={name}>
                <code className="font-medium text-slate-900 dark:text-slate-100">{name}</code> ·{" "}
                {items === 1 ? "1 item" : `${items} items`} ·{" "}
                {count === undefined
                  ? saved && saved.skills.length < saved.total
                    ? "learners not counted"
                    : "learners counted once saved"
                  : `${count >= LEARNERS_COUNTED ? `${LEARNERS_COUNTED.toLocaleString("en")}+` : count.toLocaleString("en")} ${count === 1 ? "learner follows" : "learners follow"} it`}
              </li>
            );
          })}
        </ul>
      )}
      {saved && saved.skills.length < saved.total && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Learners are counted for the first {saved.skills.length} skills by name.
        </p>
      )}
    </div>
  );
}

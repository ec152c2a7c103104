"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState } from "react";
import { utf8Length } from "@/shared/roadmap-markdown/import-limits";
import { ROADMAP_QUOTAS } from "@/shared/roadmap-quotas";
import type { RoadmapVisibility } from "@/graphql/generated/client/graphql";
import { apolloClient } from "../apollo/apollo-client";
import { SaveRoadmapMutation } from "../own-roadmaps/own-roadmap-operations";
import { useRoadmapErrorText } from "../own-roadmaps/use-roadmap-error-text";
import { VISIBILITY_OPTIONS } from "../own-roadmaps/visibility-options";
import { ActionError } from "../ui/action-error";
import { Button, buttonClass } from "../ui/button";
import { Card } from "../ui/card";
import { Checkbox } from "../ui/checkbox";
import { fieldClass } from "../ui/field-class";
import { useMutationAction } from "../ui/use-mutation-action";
import { LineNumberedTextarea, type LineNumberedTextareaHandle } from "./line-numbered-textarea";
import { lineAtOffset, claimSkillOnLine } from "./claim-skill";
import { pinKeys } from "./pin-keys";
import { ProblemList } from "./problem-list";
import { SavePreview } from "./save-preview";
import { SkillPanel, type SavedSkillClaims } from "./skill-panel";
import { useLocalProblems } from "./use-local-problems";
import { useSavePreview } from "./use-save-preview";

export interface RoadmapEditorProps {
  /** Null for a new roadmap. */
  roadmapId: string | null;
  initialMarkdown: string;
  /** Where Cancel goes back to. */
  backPath: string;
  /** The address a new roadmap gets: /roadmaps/<login>/… */
  login?: string;
  /** The saved roadmap's skills with their learners (its editors only); absent for a new roadmap. */
  skillClaims?: SavedSkillClaims | null;
  /** A built-in roadmap (its editors are administrators): says why a save is refused. */
  builtIn?: boolean;
}

const inputClass = fieldClass("mt-1 w-full");

/**
 * Writing a roadmap: the markdown with line numbers, the file's problems as
 * they are typed (each a button to its line), and, once it reads cleanly, what
 * saving will do (items added, moved, renamed, retired, and the learners each
 * change touches). An item reworded in place keeps its progress unless the
 * author says, in the preview, that it is a new item. A new roadmap can start
 * from an uploaded .md file.
 */
export function RoadmapEditor({
  roadmapId,
  initialMarkdown,
  backPath,
  login,
  skillClaims = null,
  builtIn = false,
}: RoadmapEditorProps) {
  const t = useTranslations("RoadmapEditor");
  const visibilityLabel = useTranslations("Visibility");
  const router = useRouter();
  const editor = useRef<LineNumberedTextareaHandle>(null);
  const [markdown, setMarkdown] = useState(initialMarkdown);
  const [caret, setCaret] = useState(0);
  const [slug, setSlug] = useState("");
  const [visibility, setVisibility] = useState<RoadmapVisibility>("PRIVATE");
  const [restoreStatuses, setRestoreStatuses] = useState(false);
  /** Items (by the key their text gives them) the author said are new, where the preview guessed a rename. */
  const [notRenamed, setNotRenamed] = useState<readonly string[]>([]);
  // The preview's refusals are the save's: the same sentences.
  const describe = useRoadmapErrorText({ action: "save", roadmapId, builtIn, slug: slug.trim() || undefined });
  // A save that works opens the roadmap: "Saving…" stays until it has.
  const { pending: saving, error: saveError, run } = useMutationAction({ describe, leavesPage: true });
  const ids = { editor: useId(), problems: useId(), slug: useId(), visibility: useId(), file: useId() };

  const check = useLocalProblems(markdown);
  const current = check?.markdown === markdown ? check : null;
  const readable = current !== null && current.problems.length === 0;
  const request = useMemo(() => ({ markdown, notRenamed }), [markdown, notRenamed]);
  const preview = useSavePreview(roadmapId, request, readable, describe);
  const problemLines = useMemo(() => new Set((check?.problems ?? []).map((problem) => problem.line)), [check]);
  const bytes = useMemo(() => utf8Length(markdown), [markdown]);
  const unchanged = roadmapId !== null && markdown === initialMarkdown;
  const caretLine = useMemo(() => lineAtOffset(markdown, caret), [markdown, caret]);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setMarkdown(await file.text());
  };

  const save = () =>
    run(async () => {
      const client = await apolloClient();
      const { data } = await client.mutate({
        mutation: SaveRoadmapMutation,
        variables: {
          input: roadmapId
            ? { roadmapId, markdown, notRenamed: [...notRenamed] }
            : { markdown, visibility, slug: slug.trim() || null, restoreStatuses },
        },
      });
      if (data?.saveRoadmap.roadmap) {
        router.push(data.saveRoadmap.roadmap.path);
        router.refresh();
      }
    });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="min-w-0 space-y-3">
        {roadmapId === null && (
          <Card className="space-y-3">
            <div>
              <label htmlFor={ids.file} className="block text-sm font-medium">
                {t("fileLabel")}
              </label>
              <input
                id={ids.file}
                type="file"
                accept=".md,.markdown,.txt,text/markdown,text/plain"
                onChange={(event) => upload(event.target.files?.[0])}
                className="mt-1 block w-full text-sm file:me-3 file:rounded-md file:border-0 file:bg-indigo-700 file:px-3 file:py-1.5 file:text-white"
              />
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor={ids.slug} className="block text-sm font-medium">
                  {t("slugLabel")}
                </label>
                <input
                  id={ids.slug}
                  value={slug}
                  onChange={(event) => setSlug(event.target.value)}
                  placeholder={t("slugPlaceholder")}
                  pattern="[a-z0-9]+(-[a-z0-9]+)*"
                  maxLength={64}
                  aria-describedby={`${ids.slug}-hint`}
                  className={inputClass}
                />
                <p id={`${ids.slug}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {t.rich("slugHint", {
                    login: login ?? t("you"),
                    slug: slug.trim() || "…",
                    path: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
                  })}
                </p>
              </div>
              <div>
                <label htmlFor={ids.visibility} className="block text-sm font-medium">
                  {t("visibilityLabel")}
                </label>
                <select
                  id={ids.visibility}
                  value={visibility}
                  onChange={(event) => setVisibility(event.target.value as RoadmapVisibility)}
                  className={inputClass}
                >
                  {VISIBILITY_OPTIONS.map((option) => (
                    <option key={option} value={option}>
                      {visibilityLabel(option)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <Checkbox
              className="flex text-sm"
              align="first-line"
              checked={restoreStatuses}
              onChange={setRestoreStatuses}
            >
              <span>{t.rich("restoreStatuses", { code: (chunks) => <code dir="ltr">{chunks}</code> })}</span>
            </Checkbox>
          </Card>
        )}
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <label htmlFor={ids.editor} className="text-sm font-medium">
            {t("markdownLabel")}
          </label>
          <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="editor-size">
            {current?.summary
              ? t("sizeChecked", {
                  size: current.summary.bytes / 1000,
                  limit: ROADMAP_QUOTAS.markdownBytes / 1000,
                  sections: current.summary.sections,
                  items: current.summary.items,
                  maxItems: ROADMAP_QUOTAS.itemsPerRoadmap,
                })
              : t("sizeFile", { size: bytes / 1000, limit: ROADMAP_QUOTAS.fileBytes / 1000 })}
          </p>
        </div>
        <LineNumberedTextarea
          ref={editor}
          id={ids.editor}
          value={markdown}
          onChange={setMarkdown}
          problemLines={problemLines}
          describedBy={ids.problems}
          onCaret={setCaret}
        />
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
          <Button
            variant="secondary"
            size="toolbar"
            onClick={() => setMarkdown(pinKeys(markdown))}
            disabled={!readable}
          >
            {t("pinKeys")}
          </Button>
          <span>{t("pinKeysWhy")}</span>
        </div>
        <ProblemList
          id={ids.problems}
          check={check}
          current={current !== null}
          onGoTo={(line) => editor.current?.goToLine(line)}
        />
        <SkillPanel
          outline={current?.summary?.outline ?? null}
          caretLine={caretLine}
          saved={skillClaims}
          onClaim={(line, skill) => {
            setMarkdown(claimSkillOnLine(markdown, line, skill));
            // The button goes with the suggestions: the caret goes back to the item, once the text is in.
            setTimeout(() => editor.current?.goToLine(line));
          }}
        />
      </div>

      <div className="min-w-0 space-y-3">
        <SavePreview
          preview={preview}
          request={request}
          readable={readable}
          isNew={roadmapId === null}
          writtenTypes={current?.summary?.writtenTypes}
          onNotRenamed={(key) => setNotRenamed((keys) => (keys.includes(key) ? keys : [...keys, key]))}
          onRenamedAfterAll={(key) => setNotRenamed((keys) => keys.filter((kept) => kept !== key))}
        />
        <ActionError message={saveError} className="text-sm whitespace-pre-line" />
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            size="large"
            onClick={save}
            disabled={!readable || unchanged}
            pending={saving}
            pendingLabel={t("saving")}
          >
            {roadmapId ? t("save") : t("create")}
          </Button>
          <Link href={backPath} className={buttonClass({ variant: "quiet", size: "large" })}>
            {t("cancel")}
          </Link>
        </div>
      </div>
    </div>
  );
}

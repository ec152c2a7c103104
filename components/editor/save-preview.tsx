"use client";

import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { ActionError } from "../ui/action-error";
import { Button } from "../ui/button";
import type { WrittenTypeUse } from "./use-local-problems";
import { answers, type Preview, type PreviewRequest, type SavePayload } from "./use-save-preview";

type Change = SavePayload["changes"][number];

const KINDS: { kind: Change["kind"]; tone: string }[] = [
  { kind: "ADDED", tone: "text-emerald-800 dark:text-emerald-300" },
  { kind: "MOVED", tone: "text-sky-800 dark:text-sky-300" },
  { kind: "RENAMED", tone: "text-amber-800 dark:text-amber-300" },
  { kind: "RETIRED", tone: "text-red-800 dark:text-red-300" },
];
const KEY_PIN_EXAMPLE = "<!-- key: old-key -->";
const ltrCode = (chunks: ReactNode) => <code dir="ltr">{chunks}</code>;
/** Changes shown per kind; the counts above them are complete. */
const SHOWN = 50;

/**
 * What saving will do, from the server's dry run: counts, then each change with
 * the learners it touches. A rename the server guessed (an item reworded in
 * place) keeps the item's progress unless the author says it is a new item;
 * that choice is undone from the added item.
 */
export function SavePreview({
  preview,
  request,
  readable,
  isNew,
  writtenTypes = [],
  onNotRenamed,
  onRenamedAfterAll,
}: {
  preview: Preview;
  request: PreviewRequest;
  readable: boolean;
  isNew: boolean;
  /** roadmap.sh types of the file that Waymark has no kind for (from the local check). */
  writtenTypes?: WrittenTypeUse[];
  /** The author says the item the markdown keys `markdownKey` is new, not a rename. */
  onNotRenamed: (markdownKey: string) => void;
  onRenamedAfterAll: (markdownKey: string) => void;
}) {
  const t = useTranslations("SavePreview");
  const region = useRef<HTMLElement>(null);
  const fresh = answers(preview, request);
  // The button pressed goes with the old preview: focus waits on the region, which announces the new one.
  const choose = (choice: (key: string) => void) => (key: string) => {
    region.current?.focus();
    choice(key);
  };
  return (
    <section
      ref={region}
      tabIndex={-1}
      aria-labelledby="preview-heading"
      aria-busy={!fresh || preview.state === "loading"}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-800 dark:bg-slate-900"
      data-testid="save-preview"
    >
      <h2 id="preview-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {!readable ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("fixFirst")}</p>
      ) : !fresh || preview.state === "loading" ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("working")}</p>
      ) : preview.state === "error" ? (
        <ActionError message={preview.message} className="text-sm whitespace-pre-line" />
      ) : preview.state === "ready" ? (
        <Summary
          payload={preview.payload}
          isNew={isNew}
          notRenamed={request.notRenamed}
          onNotRenamed={choose(onNotRenamed)}
          onRenamedAfterAll={choose(onRenamedAfterAll)}
        />
      ) : null}
      {readable && writtenTypes.length > 0 && <WrittenTypes uses={writtenTypes} />}
    </section>
  );
}

/** Which of roadmap.sh's types were filed under which kind, kept as written all the same. */
function WrittenTypes({ uses }: { uses: WrittenTypeUse[] }) {
  const t = useTranslations("SavePreview");
  return (
    <div className="space-y-1 text-sm" data-testid="preview-written-types">
      <p className="text-slate-700 dark:text-slate-300">{t("writtenTypes")}</p>
      <ul className="space-y-0.5">
        {uses.map((use) => (
          <li key={use.type}>
            {t.rich("writtenType", { type: use.type, kind: use.kind, count: use.links, code: ltrCode })}
          </li>
        ))}
      </ul>
    </div>
  );
}

const hasChoice = (change: Change, saidNew: ReadonlySet<string>) =>
  change.guessed || (change.kind === "ADDED" && saidNew.has(change.key));

function Summary({
  payload,
  isNew,
  notRenamed,
  onNotRenamed,
  onRenamedAfterAll,
}: {
  payload: SavePayload;
  isNew: boolean;
  notRenamed: readonly string[];
  onNotRenamed: (markdownKey: string) => void;
  onRenamedAfterAll: (markdownKey: string) => void;
}) {
  const t = useTranslations("SavePreview");
  const counts: Record<Change["kind"], number> = {
    ADDED: payload.added,
    MOVED: payload.moved,
    RENAMED: payload.renamed,
    RETIRED: payload.retired,
  };
  const nothing = KINDS.every(({ kind }) => counts[kind] === 0);
  const guessed = payload.changes.filter((change) => change.guessed).length;
  const saidNew = new Set(notRenamed);
  return (
    <div className="space-y-3 text-sm">
      <p aria-live="polite" data-testid="preview-summary">
        {isNew
          ? t("newRoadmap", { count: payload.added })
          : nothing
            ? t("noChanges")
            : t("summary", {
                counts: t("counts", {
                  added: counts.ADDED,
                  moved: counts.MOVED,
                  renamed: counts.RENAMED,
                  retired: counts.RETIRED,
                }),
                learners:
                  payload.learnersAffected === 0 ? t("noLearners") : t("learners", { count: payload.learnersAffected }),
              })}
      </p>
      {guessed > 0 && (
        <p className="rounded-md bg-amber-50 p-2 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {t("guessed", { count: guessed })}
        </p>
      )}
      {!isNew &&
        KINDS.filter(({ kind }) => counts[kind] > 0).map(({ kind, tone }) => {
          // The ones with a choice first, so that none is cut off below SHOWN.
          const changes = payload.changes
            .filter((change) => change.kind === kind)
            .sort((a, b) => Number(hasChoice(b, saidNew)) - Number(hasChoice(a, saidNew)));
          return (
            <div key={kind}>
              <h3 className={`font-semibold ${tone}`}>{t("kind", { kind, count: counts[kind] })}</h3>
              <ul className="mt-1 space-y-1" data-testid={`preview-${kind.toLowerCase()}`}>
                {changes.slice(0, SHOWN).map((change) => (
                  <li key={`${kind}-${change.key}`} className="flex flex-wrap items-baseline justify-between gap-x-2">
                    <span className="min-w-0 break-words">
                      {change.previousTitle
                        ? t("renamed", { from: change.previousTitle, to: change.title })
                        : change.title}
                      {change.line !== null && (
                        <span className="text-slate-600 dark:text-slate-400">
                          {" "}
                          · {t("line", { line: change.line })}
                        </span>
                      )}
                      {change.guessed && (
                        <span className="text-slate-600 dark:text-slate-400"> · {t("guessedTag")}</span>
                      )}
                    </span>
                    {kind !== "ADDED" && (
                      <span className="shrink-0 text-slate-600 dark:text-slate-400">
                        {t("changeLearners", { count: change.learners })}
                      </span>
                    )}
                    {change.guessed && change.markdownKey && (
                      <Button
                        variant="secondary"
                        size="inline"
                        className="font-medium"
                        aria-label={t("notSameLabel", { title: change.title })}
                        onClick={() => onNotRenamed(change.markdownKey!)}
                      >
                        {t("notSame")}
                      </Button>
                    )}
                    {kind === "ADDED" && saidNew.has(change.key) && (
                      <Button
                        variant="secondary"
                        size="inline"
                        className="font-medium"
                        aria-label={t("sameLabel", { title: change.title })}
                        onClick={() => onRenamedAfterAll(change.key)}
                      >
                        {t("same")}
                      </Button>
                    )}
                  </li>
                ))}
                {changes.length > SHOWN && (
                  <li className="text-slate-600 dark:text-slate-400">{t("more", { count: changes.length - SHOWN })}</li>
                )}
              </ul>
            </div>
          );
        })}
      {!isNew && payload.skillChanges.length > 0 && <SkillChanges changes={payload.skillChanges} />}
      {counts.RETIRED > 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          {t.rich("retiredNote", { example: KEY_PIN_EXAMPLE, code: ltrCode })}
        </p>
      )}
    </div>
  );
}

/** Items whose skill claim changes, and the learners whose status moves between the item and a skill. */
function SkillChanges({ changes }: { changes: SavePayload["skillChanges"] }) {
  const t = useTranslations("SavePreview");
  return (
    <div>
      <h3 className="font-semibold text-violet-800 dark:text-violet-300">
        {t("skillsHeading", { count: changes.length })}
      </h3>
      <p className="text-slate-700 dark:text-slate-300">{t("skillsIntro")}</p>
      <ul className="mt-1 space-y-1" data-testid="preview-skills">
        {changes.slice(0, SHOWN).map((change) => (
          <li key={change.key} className="flex flex-wrap items-baseline justify-between gap-x-2">
            <span className="min-w-0 break-words">
              {change.title}
              <span className="text-slate-600 dark:text-slate-400">
                {" · "}
                {t("renamed", { from: change.from ?? t("noSkill"), to: change.to ?? t("noSkill") })}
              </span>
            </span>
            <span className="shrink-0 text-slate-600 dark:text-slate-400">
              {t("statusesMove", { count: change.learners })}
            </span>
          </li>
        ))}
        {changes.length > SHOWN && (
          <li className="text-slate-600 dark:text-slate-400">{t("more", { count: changes.length - SHOWN })}</li>
        )}
      </ul>
    </div>
  );
}

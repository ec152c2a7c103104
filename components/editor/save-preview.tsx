"use client";

import { resourceKindLabel } from "../resource-link";
import type { WrittenTypeUse } from "./use-local-problems";
import type { Preview, SavePayload } from "./use-save-preview";

type Change = SavePayload["changes"][number];

const KINDS: { kind: Change["kind"]; label: string; tone: string }[] = [
  { kind: "ADDED", label: "Added", tone: "text-emerald-800 dark:text-emerald-300" },
  { kind: "MOVED", label: "Moved", tone: "text-sky-800 dark:text-sky-300" },
  { kind: "RENAMED", label: "Renamed", tone: "text-amber-800 dark:text-amber-300" },
  { kind: "RETIRED", label: "Retired", tone: "text-red-800 dark:text-red-300" },
];
/** Changes shown per kind; the counts above them are complete. */
const SHOWN = 50;

/** What saving will do, from the server's dry run: counts, then each change with the learners it touches. */
export function SavePreview({
  preview,
  markdown,
  readable,
  isNew,
  writtenTypes = [],
}: {
  preview: Preview;
  markdown: string;
  readable: boolean;
  isNew: boolean;
  /** roadmap.sh types of the file that Waymark has no kind for (from the local check). */
  writtenTypes?: WrittenTypeUse[];
}) {
  const fresh = preview.state !== "idle" && preview.markdown === markdown;
  return (
    <section
      aria-labelledby="preview-heading"
      aria-busy={!fresh || preview.state === "loading"}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      data-testid="save-preview"
    >
      <h2 id="preview-heading" className="text-lg font-semibold">
        What saving will do
      </h2>
      {!readable ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Fix the problems first: a file with problems saves nothing.
        </p>
      ) : !fresh || preview.state === "loading" ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">Working it out…</p>
      ) : preview.state === "error" ? (
        <p role="alert" className="text-sm whitespace-pre-line text-red-700 dark:text-red-400">
          {preview.message}
        </p>
      ) : preview.state === "ready" ? (
        <Summary payload={preview.payload} isNew={isNew} />
      ) : null}
      {readable && writtenTypes.length > 0 && <WrittenTypes uses={writtenTypes} />}
    </section>
  );
}

/** Which of roadmap.sh's types were filed under which kind, kept as written all the same. */
function WrittenTypes({ uses }: { uses: WrittenTypeUse[] }) {
  return (
    <div className="space-y-1 text-sm" data-testid="preview-written-types">
      <p className="text-slate-700 dark:text-slate-300">
        Link types Waymark has no kind for are kept as written (the page shows them, the export writes them back) and
        filed under the nearest kind:
      </p>
      <ul className="space-y-0.5">
        {uses.map((use) => (
          <li key={use.type}>
            <code>@{use.type}@</code> → {resourceKindLabel(use.kind).toLowerCase()} ({use.links}{" "}
            {use.links === 1 ? "link" : "links"})
          </li>
        ))}
      </ul>
    </div>
  );
}

function Summary({ payload, isNew }: { payload: SavePayload; isNew: boolean }) {
  const counts: Record<Change["kind"], number> = {
    ADDED: payload.added,
    MOVED: payload.moved,
    RENAMED: payload.renamed,
    RETIRED: payload.retired,
  };
  const nothing = KINDS.every(({ kind }) => counts[kind] === 0);
  return (
    <div className="space-y-3 text-sm">
      <p aria-live="polite" data-testid="preview-summary">
        {isNew
          ? `A new roadmap with ${payload.added} items.`
          : nothing
            ? "No item changes (the text may still change)."
            : `${KINDS.map(({ kind, label }) => `${counts[kind]} ${label.toLowerCase()}`).join(", ")}. ` +
              (payload.learnersAffected === 0
                ? "No learner has progress on the items that change."
                : `${payload.learnersAffected} ${payload.learnersAffected === 1 ? "learner has" : "learners have"} progress or notes on items that change; they keep them on every item whose key survives.`)}
      </p>
      {!isNew &&
        KINDS.filter(({ kind }) => counts[kind] > 0).map(({ kind, label, tone }) => {
          const changes = payload.changes.filter((change) => change.kind === kind);
          return (
            <div key={kind}>
              <h3 className={`font-semibold ${tone}`}>
                {label} ({counts[kind]})
              </h3>
              <ul className="mt-1 space-y-0.5" data-testid={`preview-${kind.toLowerCase()}`}>
                {changes.slice(0, SHOWN).map((change) => (
                  <li key={`${kind}-${change.key}`} className="flex flex-wrap justify-between gap-x-2">
                    <span className="min-w-0 break-words">
                      {change.previousTitle ? `${change.previousTitle} → ${change.title}` : change.title}
                      {change.line !== null && (
                        <span className="text-slate-600 dark:text-slate-400"> · line {change.line}</span>
                      )}
                    </span>
                    {kind !== "ADDED" && (
                      <span className="shrink-0 text-slate-600 dark:text-slate-400">
                        {change.learners} {change.learners === 1 ? "learner" : "learners"}
                      </span>
                    )}
                  </li>
                ))}
                {changes.length > SHOWN && (
                  <li className="text-slate-600 dark:text-slate-400">and {changes.length - SHOWN} more</li>
                )}
              </ul>
            </div>
          );
        })}
      {counts.RETIRED > 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          Retired items are hidden, not deleted: bring one back (same key) and its learners&apos; progress returns. To
          reword an item without retiring it, pin its key: <code>&lt;!-- key: some-key --&gt;</code>.
        </p>
      )}
    </div>
  );
}

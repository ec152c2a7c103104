"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

const MAX = 10_000;

/** The words only a screen reader needs (the item's title after "Edit note"). */
const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * A learner's private markdown note: rendered (sanitised on the server) when
 * shown, a textarea when edited, saved when the textarea loses focus. A failed
 * save keeps the text in the editor, so nothing typed is lost. Esc closes it
 * and gives the focus back to what opened it (the note button, or the item's
 * status under the "n" shortcut) instead of dropping it on the page.
 */
export function ItemNote({
  title,
  note,
  noteHtml,
  editRequest,
  onSave,
}: {
  title: string;
  note: string | null;
  noteHtml: string | null;
  /** Bumped by the "n" shortcut to open the editor. */
  editRequest: number;
  onSave: (note: string) => Promise<void>;
}) {
  const t = useTranslations("ItemNote");
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [lastRequest, setLastRequest] = useState(editRequest);
  const textareaId = useId();
  const cancelled = useRef(false);
  // Where the focus was when the editor opened (undefined until its first focus), and whether
  // closing it should go back there.
  const opener = useRef<HTMLElement | null | undefined>(undefined);
  const returnFocus = useRef(false);
  const noteButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) return;
    const from = opener.current;
    opener.current = undefined;
    if (!returnFocus.current) return;
    returnFocus.current = false;
    // The note button that opened the editor was replaced by it: its successor takes the focus.
    (from?.isConnected ? from : noteButton.current)?.focus();
  }, [editing]);

  if (editRequest !== lastRequest) {
    setLastRequest(editRequest);
    setDraft(note ?? "");
    setEditing(true);
  }

  const open = () => {
    setDraft(note ?? "");
    setError(null);
    setSaved(false);
    setEditing(true);
  };

  const commit = async () => {
    if (saving) return;
    if (cancelled.current) {
      cancelled.current = false;
      setEditing(false);
      return;
    }
    if (draft === (note ?? "")) {
      setEditing(false);
      return;
    }
    setSaving(true);
    try {
      await onSave(draft);
      setError(null);
      setSaved(true);
      setEditing(false);
    } catch (failure) {
      setError(t("notSaved", { reason: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setSaving(false);
    }
  };

  if (editing) {
    return (
      <div className="mt-2 space-y-1">
        <label htmlFor={textareaId} className="text-xs font-medium text-slate-600 dark:text-slate-400">
          {t("label", { title })}
        </label>
        <textarea
          id={textareaId}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- opened on request; focus belongs in the editor
          autoFocus
          value={draft}
          maxLength={MAX}
          rows={Math.min(10, Math.max(3, draft.split("\n").length + 1))}
          // Read-only while saving: text typed meanwhile would be lost when the editor closes.
          readOnly={saving}
          onChange={(event) => setDraft(event.target.value)}
          onFocus={(event) => {
            if (opener.current !== undefined) return;
            opener.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              cancelled.current = true;
              returnFocus.current = true;
              event.currentTarget.blur();
            }
          }}
          aria-invalid={error !== null}
          aria-describedby={error ? `${textareaId}-error` : undefined}
          className="block w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-950"
        />
        <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
          {saving ? t("saving") : `${draft.length}/${MAX}`}
        </p>
        {error && (
          <p id={`${textareaId}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="mt-2">
      {noteHtml ? (
        <div className="rounded-md border-s-4 border-indigo-300 bg-indigo-50/60 px-3 py-2 text-sm dark:border-indigo-700 dark:bg-indigo-950/40">
          <p className="sr-only">{t("yourNote")}</p>
          {/* Sanitised server-side (hast-util-sanitize, GitHub’s allow-list): no script, handler or javascript: URL survives. */}
          <div className="prose-note" dangerouslySetInnerHTML={{ __html: noteHtml }} />
          <button
            ref={noteButton}
            type="button"
            onClick={open}
            className="mt-1 text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300"
          >
            {t.rich("edit", { title, hidden })}
          </button>
        </div>
      ) : (
        <button
          ref={noteButton}
          type="button"
          onClick={open}
          className="text-xs font-medium text-slate-600 hover:text-indigo-700 hover:underline dark:text-slate-400 dark:hover:text-indigo-300"
        >
          {t.rich("add", { title, hidden })}
        </button>
      )}
      <span className="sr-only" aria-live="polite">
        {saved ? t("saved") : ""}
      </span>
    </div>
  );
}

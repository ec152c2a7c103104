"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";
import type { SharedSkillSummary } from "./store/checklist-store";

type Shared = { state: "loading" } | { state: "ready"; skills: SharedSkillSummary[] } | { state: "failed" };

/** Skills named in the dialog; the rest are counted. */
const NAMED = 6;

/**
 * Starts a roadmap over, after a confirmation; notes and history are kept. Skills the
 * roadmap shares with the learner's other roadmaps (one status on every roadmap) are
 * named in the dialog and kept unless the learner ticks the box (off by default).
 */
export function ResetProgressButton({
  title,
  onReset,
  loadSharedSkills,
  onError,
}: {
  title: string;
  onReset: (options: { resetSharedSkills: boolean }) => Promise<void>;
  loadSharedSkills?: () => Promise<SharedSkillSummary[]>;
  onError: (message: string) => void;
}) {
  const t = useTranslations("ResetProgress");
  const dialog = useRef<HTMLDialogElement>(null);
  const [shared, setShared] = useState<Shared>({ state: "ready", skills: [] });
  const [resetShared, setResetShared] = useState(false);
  // The checklist says a failure page-wide (onError), in its own words for the store's errors.
  const { pending: loading, run } = useMutationAction({
    describe: (error) => t("failed", { reason: error instanceof Error ? error.message : String(error) }),
    onError,
  });

  const open = () => {
    if (loading) return;
    setResetShared(false);
    dialog.current?.showModal();
    if (!loadSharedSkills) return;
    setShared({ state: "loading" });
    loadSharedSkills().then(
      (skills) => setShared({ state: "ready", skills }),
      () => setShared({ state: "failed" }),
    );
  };

  const confirm = () => {
    // Closing the dialog gives the focus back to the button that opened it, which keeps it from here on.
    dialog.current?.close();
    const resetSharedSkills = shared.state === "ready" && shared.skills.length > 0 && resetShared;
    void run(() => onReset({ resetSharedSkills }));
  };

  return (
    <>
      {/* aria-disabled, not disabled: a disabled button loses the focus, which would fall to the page. */}
      <button
        type="button"
        onClick={open}
        aria-disabled={loading}
        className="text-sm text-slate-600 underline-offset-4 hover:text-red-700 hover:underline aria-disabled:opacity-50 dark:text-slate-400 dark:hover:text-red-400"
      >
        {loading ? t("resetting") : t("button")}
      </button>
      <ConfirmDialog
        dialogRef={dialog}
        title={t("title", { title })}
        confirmLabel={t("button")}
        tone="danger"
        onConfirm={confirm}
      >
        <p className="mt-2 text-sm">{t("body")}</p>
        <SharedSkillsChoice shared={shared} checked={resetShared} onChange={setResetShared} />
      </ConfirmDialog>
    </>
  );
}

function SharedSkillsChoice({
  shared,
  checked,
  onChange,
}: {
  shared: Shared;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const t = useTranslations("ResetProgress");
  const locale = useLocale();
  const listFormat = useMemo(() => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }), [locale]);
  if (shared.state === "loading") {
    return (
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" role="status">
        {t("looking")}
      </p>
    );
  }
  if (shared.state === "failed") {
    return (
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" role="status">
        {t("sharedFailed")}
      </p>
    );
  }
  const { skills } = shared;
  if (skills.length === 0) return null;
  const where = [...new Set(skills.flatMap((skill) => skill.roadmaps))];
  // Names, short and what the items' chips show; a long list says how many more.
  const names = skills.slice(0, NAMED).map((skill) => skill.name);
  if (skills.length > NAMED) names.push(t("more", { count: skills.length - NAMED }));
  return (
    <div
      className="mt-3 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700"
      data-testid="shared-skills"
    >
      <p>{t("shared", { count: skills.length, names: listFormat.format(names), where: listFormat.format(where) })}</p>
      <label className="mt-2 flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-0.5 size-4"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{t("alsoReset", { count: skills.length })}</span>
      </label>
    </div>
  );
}

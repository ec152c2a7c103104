"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { apolloClient } from "../apollo/apollo-client";
import { fieldClass } from "../ui/field-class";
import { FormFooter } from "../ui/form-footer";
import { useMutationAction } from "../ui/use-mutation-action";
import { SetCohortSharingMutation } from "./cohort-operations";

/**
 * What the viewer shows the cohort's other members: their name and figures
 * (the owner and mentors see them whatever the choice, as joining said), and
 * one note of theirs on the cohort's roadmap, shared on purpose.
 */
export function SharingForm({
  cohortId,
  showMe,
  notedItems,
  sharedItemId,
  runs,
}: {
  cohortId: string;
  showMe: boolean;
  notedItems: { id: string; title: string }[];
  sharedItemId: string | null;
  /** The viewer is the owner or a mentor: say so in the explanation. */
  runs: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("SharingForm");
  const id = useId();
  const [shown, setShown] = useState(showMe);
  const [note, setNote] = useState(sharedItemId ?? "");
  const [saved, setSaved] = useState(false);
  const { pending, error, run } = useMutationAction();
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      const client = await apolloClient();
      await client.mutate({
        mutation: SetCohortSharingMutation,
        variables: { input: { cohortId, showMeToCohort: shown, sharedNoteItemId: note || null } },
      });
      setSaved(true);
      router.refresh();
    });
  };
  return (
    <form onSubmit={save} className="space-y-3" data-testid="sharing-form">
      <div className="flex items-start gap-2 text-sm">
        <input
          id={`${id}-show`}
          type="checkbox"
          checked={shown}
          onChange={(event) => setShown(event.target.checked)}
          aria-describedby={`${id}-show-help`}
          className="mt-0.5 h-4 w-4 shrink-0 accent-indigo-700"
        />
        <div>
          <label htmlFor={`${id}-show`} className="font-medium">
            {t("show")}
          </label>
          <p id={`${id}-show-help`} className="text-slate-700 dark:text-slate-300">
            {runs ? t("showHelpRuns") : t("showHelp")}
          </p>
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          {t("note")}
        </label>
        <select
          id={`${id}-note`}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-describedby={`${id}-note-help`}
          className={fieldClass("mt-1 w-full max-w-md")}
        >
          <option value="">{t("noNote")}</option>
          {notedItems.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
        <p id={`${id}-note-help`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {notedItems.length === 0 ? t("noteHelpNone") : t("noteHelp")}
        </p>
      </div>
      <FormFooter
        label={t("save")}
        pendingLabel={t("saving")}
        pending={pending}
        variant="secondary"
        status={saved ? t("saved") : ""}
        error={error}
      />
    </form>
  );
}

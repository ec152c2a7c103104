"use client";

import { CombinedGraphQLErrors } from "@apollo/client/errors";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { LOCALE_NAMES, type Locale } from "@/shared/i18n/locales";
import type { ProblemLike } from "@/shared/roadmap-markdown/problem-text";
import { apolloClient } from "../apollo/apollo-client";
import { useErrorText } from "../apollo/use-error-text";
import { LineNumberedTextarea, type LineNumberedTextareaHandle } from "../editor/line-numbered-textarea";
import { ProblemItems } from "../editor/problem-items";
import { ActionError } from "../ui/action-error";
import { Button, buttonClass } from "../ui/button";
import { Card } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { fieldClass } from "../ui/field-class";
import { DeleteRoadmapTranslationDocument, SaveRoadmapTranslationDocument } from "./translation-operations.generated";

export interface EditableTranslation {
  language: string;
  title: string;
  missingItems: number;
  updatedAt: string;
  markdown: string;
}

interface Refusal {
  problems: ProblemLike[];
  missingKeys: { key: string; title: string; line: number }[];
  extraKeys: { key: string; title: string; line: number }[];
}

/** The problems a refused save lists (BAD_USER_INPUT's extensions), or null for any other failure. */
function refusalOf(failure: unknown): Refusal | null {
  if (!CombinedGraphQLErrors.is(failure)) return null;
  const extensions = failure.errors[0]?.extensions;
  if (extensions?.code !== "BAD_USER_INPUT" || !Array.isArray(extensions.problems)) return null;
  return {
    problems: extensions.problems as Refusal["problems"],
    missingKeys: (extensions.missingKeys as Refusal["missingKeys"] | undefined) ?? [],
    extraKeys: (extensions.extraKeys as Refusal["extraKeys"] | undefined) ?? [],
  };
}

/**
 * A roadmap's translations for who may edit it: each with its language, title,
 * how far behind the original it is, a link to its page, Edit and Delete; and a
 * form to add or replace one, starting from the original with every key
 * pinned. A file the server refuses lists its problems, and the original's keys
 * it lacks and its keys the original lacks, each with its line.
 */
export function TranslationEditor({
  roadmapId,
  slug,
  originalLanguage,
  template,
  translations,
  languages,
}: {
  roadmapId: string;
  slug: string;
  originalLanguage: string;
  /** The original's markdown with every item's key pinned: where a new translation starts. */
  template: string;
  translations: EditableTranslation[];
  /** The languages a translation may be in (the interface's, but the original's). */
  languages: readonly Locale[];
}) {
  const t = useTranslations("TranslationEditor");
  const describeError = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const ids = { language: useId(), markdown: useId(), problems: useId() };
  const editor = useRef<LineNumberedTextareaHandle>(null);
  const first = languages.find((language) => !translations.some((done) => done.language === language)) ?? languages[0]!;
  const [language, setLanguage] = useState<string>(first);
  const [markdown, setMarkdown] = useState(
    () => translations.find((done) => done.language === first)?.markdown ?? template,
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const existing = translations.find((done) => done.language === language);
  const name = (tag: string) => LOCALE_NAMES[tag as Locale] ?? tag;

  const choose = (next: string) => {
    setLanguage(next);
    setMarkdown(translations.find((done) => done.language === next)?.markdown ?? template);
    setRefusal(null);
    setError(null);
    setSaved(null);
  };

  const act = async (action: () => Promise<unknown>, done: string) => {
    if (pending) return;
    setPending(true);
    setError(null);
    setRefusal(null);
    setSaved(null);
    try {
      await action();
      setSaved(done);
      router.refresh();
    } catch (failure) {
      const refused = refusalOf(failure);
      if (refused) setRefusal(refused);
      else setError(describeError(failure));
    }
    setPending(false);
  };

  const save = () =>
    act(
      async () =>
        (await apolloClient()).mutate({
          mutation: SaveRoadmapTranslationDocument,
          variables: { input: { roadmapId, language, markdown } },
        }),
      t("saved", { language: name(language) }),
    );
  const confirm = useRef<HTMLDialogElement>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const askToDelete = (tag: string) => {
    setDeleting(tag);
    confirm.current?.showModal();
  };
  const remove = async () => {
    if (!deleting) return;
    await act(
      async () =>
        (await apolloClient()).mutate({
          mutation: DeleteRoadmapTranslationDocument,
          variables: { input: { roadmapId, language: deleting } },
        }),
      t("deleted", { language: name(deleting) }),
    );
    confirm.current?.close();
  };

  return (
    <div className="space-y-6">
      <Card>
        <h2 className="text-lg font-semibold">{t("listTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("original", { language: name(originalLanguage) })}
        </p>
        {translations.length === 0 ? (
          <p className="mt-3 text-sm">{t("none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700" data-testid="translation-list">
            {translations.map((translation) => (
              <li key={translation.language} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{name(translation.language)}</span>{" "}
                  <span lang={translation.language}>· {translation.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {translation.missingItems > 0 ? t("behind", { count: translation.missingItems }) : t("upToDate")} ·{" "}
                    {t("updated", {
                      date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(
                        new Date(translation.updatedAt),
                      ),
                    })}
                  </span>
                </span>
                <Link
                  href={`/roadmaps/${slug}?language=${encodeURIComponent(translation.language)}`}
                  className={buttonClass({ variant: "secondary", size: "bar" })}
                >
                  {t("view")}
                </Link>
                <Button variant="secondary" size="bar" onClick={() => choose(translation.language)}>
                  {t("edit")}
                </Button>
                <Button variant="danger-secondary" size="bar" onClick={() => askToDelete(translation.language)}>
                  {t("delete")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <ConfirmDialog
        dialogRef={confirm}
        title={t("deleteTitle", { language: name(deleting ?? language) })}
        confirmLabel={t("delete")}
        pendingLabel={t("deleting")}
        pending={pending}
        tone="danger"
        onConfirm={() => void remove()}
      >
        <p>{t("deleteExplained")}</p>
      </ConfirmDialog>

      <Card>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h2 className="text-lg font-semibold">{existing ? t("replaceTitle") : t("addTitle")}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("howTo")}</p>
          <div className="flex flex-wrap items-end gap-3">
            <label htmlFor={ids.language} className="text-sm font-medium">
              {t("language")}
              <select
                id={ids.language}
                value={language}
                onChange={(event) => choose(event.target.value)}
                className={fieldClass("mt-1 block")}
              >
                {languages.map((tag) => (
                  <option key={tag} value={tag} lang={tag}>
                    {name(tag)}
                  </option>
                ))}
              </select>
            </label>
            <Button variant="secondary" size="bar" onClick={() => setMarkdown(template)}>
              {t("startFromOriginal")}
            </Button>
          </div>
          <label htmlFor={ids.markdown} className="block text-sm font-medium">
            {t("markdown", { language: name(language) })}
          </label>
          <div dir="ltr">
            <LineNumberedTextarea
              id={ids.markdown}
              ref={editor}
              value={markdown}
              onChange={setMarkdown}
              problemLines={new Set(refusal?.problems.map((problem) => problem.line) ?? [])}
              describedBy={ids.problems}
            />
          </div>
          <section
            id={ids.problems}
            aria-live="polite"
            className="space-y-2 text-sm"
            data-testid="translation-problems"
          >
            {refusal && (
              <>
                <p className="font-medium text-red-800 dark:text-red-300">
                  {t("refused", { count: refusal.problems.length })}
                </p>
                {refusal.missingKeys.length > 0 && (
                  <p>
                    {t("missingKeys")}{" "}
                    {refusal.missingKeys.map((missing, index) => (
                      <span key={missing.key}>
                        {index > 0 && ", "}
                        <code dir="ltr">{missing.key}</code> ({t("originalLine", { line: missing.line })})
                      </span>
                    ))}
                  </p>
                )}
                {refusal.extraKeys.length > 0 && (
                  <p>
                    {t("extraKeys")}{" "}
                    {refusal.extraKeys.map((extra, index) => (
                      <span key={extra.key}>
                        {index > 0 && ", "}
                        <code dir="ltr">{extra.key}</code> ({t("line", { line: extra.line })})
                      </span>
                    ))}
                  </p>
                )}
                <ProblemItems problems={refusal.problems} onGoTo={(line) => editor.current?.goToLine(line)} />
              </>
            )}
            {saved && <p className="font-medium text-emerald-800 dark:text-emerald-300">{saved}</p>}
          </section>
          <ActionError message={error} />
          <Button type="submit" variant="primary" pending={pending} pendingLabel={t("saving")}>
            {existing ? t("replace", { language: name(language) }) : t("save", { language: name(language) })}
          </Button>
        </form>
      </Card>
    </div>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/shared/i18n/locales";
import { ActionError } from "../ui/action-error";
import { fieldClass } from "../ui/field-class";
import { useMutationAction } from "../ui/use-mutation-action";
import { rememberLocale } from "./remember-locale";

const FOLLOW_BROWSER = "";

/**
 * The interface language, as a native select (keyboard and screen readers know
 * it). The page is rendered again on the server in the new language: nothing is
 * translated in the browser. In the header it lists the six languages; in the
 * settings also "as the browser says" (`chosen` null).
 */
export function LocaleSwitcher({
  signedIn,
  chosen,
  variant = "header",
}: {
  signedIn: boolean;
  /** The saved choice, in the settings: null when following the browser. */
  chosen?: string | null;
  variant?: "header" | "settings";
}) {
  const t = useTranslations("LocaleSwitcher");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [refreshing, startRefresh] = useTransition();
  const save = useMutationAction({ describe: () => t("failed") });
  const initial = variant === "settings" ? (chosen ?? FOLLOW_BROWSER) : locale;
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState(false);
  const change = (next: string) => {
    setValue(next);
    setSaved(false);
    void save.run(async () => {
      await rememberLocale(isLocale(next) ? next : null, signedIn);
      setSaved(true);
      // The server renders the page again, in the language now chosen.
      startRefresh(() => router.refresh());
    });
  };
  const header = variant === "header";
  return (
    <div className={header ? "flex items-center" : "space-y-1"}>
      <label htmlFor={id} className={header ? "sr-only" : "block text-sm font-medium"}>
        {t("label")}
      </label>
      <select
        id={id}
        value={value}
        aria-busy={save.pending || refreshing}
        onChange={(event) => change(event.target.value)}
        data-testid={header ? "locale-switcher" : "locale-setting"}
        className={
          header
            ? "h-9 w-20 rounded-md border border-slate-300 bg-white px-1 text-sm text-slate-800 sm:w-auto dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
            : fieldClass("w-64 max-w-full")
        }
      >
        {!header && <option value={FOLLOW_BROWSER}>{t("followBrowser")}</option>}
        {LOCALES.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {LOCALE_NAMES[tag]}
          </option>
        ))}
      </select>
      <ActionError message={save.error} />
      {!header && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {saved && !refreshing ? t("saved") : null}
        </p>
      )}
    </div>
  );
}

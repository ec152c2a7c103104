"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "../ui/button";
import { badgeMarkdown, badgePictureHtml, type BadgeSnippetInput } from "./badge-snippets";

type Copied = { label: string; text: string; ok: boolean } | null;

/**
 * "Copy markdown" for a badge: light, dark, or a <picture> that follows the
 * reader's theme. Where the clipboard is refused, the text is shown to copy by hand.
 */
export function CopyBadgeMarkdown(props: Omit<BadgeSnippetInput, "origin" | "alt">) {
  const t = useTranslations("Share");
  const [copied, setCopied] = useState<Copied>(null);
  const copy = async (label: string, make: (input: BadgeSnippetInput) => string) => {
    const text = make({ ...props, alt: t("badgeAlt", { title: props.title }), origin: window.location.origin });
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ label, text, ok: true });
    } catch {
      setCopied({ label, text, ok: false });
    }
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="compact"
          onClick={() => copy(t("markdown"), (input) => badgeMarkdown(input, "light"))}
        >
          {t("copyMarkdown")}
        </Button>
        <Button
          variant="secondary"
          size="compact"
          onClick={() => copy(t("markdownDark"), (input) => badgeMarkdown(input, "dark"))}
        >
          {t("copyMarkdownDark")}
        </Button>
        <Button variant="secondary" size="compact" onClick={() => copy(t("html"), badgePictureHtml)}>
          {t("copyHtml")}
        </Button>
      </div>
      <p role="status" className="text-sm">
        {copied?.ok ? t("copied", { what: copied.label }) : ""}
      </p>
      {copied && !copied.ok && (
        <label className="block text-sm">
          {t("copyThis", { what: copied.label })}
          <textarea
            readOnly
            value={copied.text}
            rows={copied.text.split("\n").length + 1}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}

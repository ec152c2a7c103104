"use client";

import { useState } from "react";
import { Button } from "../ui/button";
import { badgeMarkdown, badgePictureHtml, type BadgeSnippetInput } from "./badge-snippets";

type Copied = { label: string; text: string; ok: boolean } | null;

/**
 * "Copy markdown" for a badge: light, dark, or a <picture> that follows the
 * reader's theme. Where the clipboard is refused, the text is shown to copy by hand.
 */
export function CopyBadgeMarkdown(props: Omit<BadgeSnippetInput, "origin">) {
  const [copied, setCopied] = useState<Copied>(null);
  const copy = async (label: string, make: (input: BadgeSnippetInput) => string) => {
    const text = make({ ...props, origin: window.location.origin });
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
          onClick={() => copy("Markdown", (input) => badgeMarkdown(input, "light"))}
        >
          Copy markdown
        </Button>
        <Button
          variant="secondary"
          size="compact"
          onClick={() => copy("Markdown (dark)", (input) => badgeMarkdown(input, "dark"))}
        >
          Copy markdown (dark badge)
        </Button>
        <Button variant="secondary" size="compact" onClick={() => copy("HTML", badgePictureHtml)}>
          Copy HTML (follows the reader&apos;s theme)
        </Button>
      </div>
      <p role="status" className="text-sm">
        {copied?.ok ? `${copied.label} copied.` : ""}
      </p>
      {copied && !copied.ok && (
        <label className="block text-sm">
          Copy this {copied.label}:
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

"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "./button";

type CopyState = "idle" | "copied" | "selected";

/**
 * A secret or an address shown for copying, with a Copy button whose result is
 * announced in a status region. Where the browser refuses the clipboard (no
 * permission, an insecure page, an older browser), the text is selected
 * instead, ready to copy by hand.
 */
export function CopyableText({
  text,
  what,
  testId,
  className = "",
}: {
  text: string;
  /** Read after "Copy" by screen readers: "the token", "the link for Backend". */
  what: string;
  testId?: string;
  className?: string;
}) {
  const t = useTranslations("UI");
  const shown = useRef<HTMLElement>(null);
  // Said of the text it was about: a new text (another schedule in the address) starts over.
  const [result, setResult] = useState<{ state: CopyState; of: string }>({ state: "idle", of: text });
  const state = result.of === text ? result.state : "idle";
  const copy = async () => {
    try {
      // Missing entirely on a page not served over https (other than localhost).
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setResult({ state: "copied", of: text });
    } catch {
      const selection = window.getSelection();
      if (shown.current && selection) selection.selectAllChildren(shown.current);
      setResult({ state: "selected", of: text });
    }
  };
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-start gap-2">
        <code
          ref={shown}
          dir="ltr"
          className={`min-w-0 flex-1 rounded bg-slate-100 p-2 font-mono text-xs break-all dark:bg-slate-800 ${className}`}
          data-testid={testId}
        >
          {text}
        </code>
        <Button variant="secondary" size="compact" onClick={copy} className="shrink-0">
          {t("copy")}
          <span className="sr-only"> {what}</span>
        </Button>
      </div>
      <p role="status" className="text-sm">
        {state === "idle" ? "" : t(state === "copied" ? "copied" : "copySelected")}
      </p>
    </div>
  );
}

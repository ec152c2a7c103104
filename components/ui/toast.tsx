"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export interface ToastMessage {
  id: number;
  text: string;
  tone: "error" | "info";
}

/**
 * One message at a time at the bottom of the screen. Errors are announced
 * assertively; the region is always in the page so screen readers catch updates.
 */
export function Toast({ message, onDismiss }: { message: ToastMessage | null; onDismiss: () => void }) {
  const t = useTranslations("UI");
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDismiss, message.tone === "error" ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      <div
        role={message?.tone === "error" ? "alert" : "status"}
        aria-live={message?.tone === "error" ? "assertive" : "polite"}
      >
        {message && (
          <div
            className={`pointer-events-auto flex max-w-lg items-start gap-3 rounded-lg px-4 py-3 text-sm shadow-lg ${
              message.tone === "error"
                ? "bg-red-700 text-white dark:bg-red-800"
                : "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
            }`}
            data-testid="toast"
          >
            <p className="flex-1">{message.text}</p>
            <button
              type="button"
              onClick={onDismiss}
              className="rounded px-1 font-semibold underline-offset-2 hover:underline"
            >
              {t("dismiss")}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

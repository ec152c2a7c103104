"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef } from "react";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { PageTitle } from "../ui/page-title";

/** The panel's words: translated inside the site's layout, English when the layout itself failed. */
export interface ErrorPanelText {
  title: string;
  description: string;
  tryAgain: string;
  home: string;
  reference: string;
}

/**
 * What a page shows when rendering it failed on the server (the database timed
 * out mid-page, say) or in the browser: what happened, that nothing saved is
 * lost, and a way to try again without losing the place.
 */
export function ErrorPanel({
  error,
  reset,
  text,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  text: ErrorPanelText;
}) {
  const router = useRouter();
  const heading = useRef<HTMLDivElement>(null);
  // A server error needs the server to render again, not only this part of the page.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Card padding="lg" className="mx-auto max-w-xl space-y-4" data-testid="page-error">
      <div ref={heading} tabIndex={-1} className="outline-none">
        <PageTitle description={text.description}>{text.title}</PageTitle>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button
          variant="primary"
          onClick={retry}
          className="focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
        >
          {text.tryAgain}
        </Button>
        <Link
          href="/"
          className="rounded-md px-3 py-1.5 text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
        >
          {text.home}
        </Link>
      </div>
      {error.digest && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {text.reference} <code>{error.digest}</code>
        </p>
      )}
    </Card>
  );
}

"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { ReviewSession as Session } from "@/server/services/review/review-session";
import type { ReviewRatingName } from "@/shared/review/review-limits";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { useMutationAction } from "../ui/use-mutation-action";
import { intervalLabel } from "./interval-label";
import { ReviewItemMutation, UndoLastReviewMutation } from "./review-operations";

const RATINGS: { rating: ReviewRatingName; key: string }[] = [
  { rating: "AGAIN", key: "1" },
  { rating: "HARD", key: "2" },
  { rating: "GOOD", key: "3" },
  { rating: "EASY", key: "4" },
];

/**
 * A review session, one item at a time: its title, section and resources, the
 * learner's note once asked for, and four ratings each saying when the item
 * comes back. Keys 1-4 rate, space shows the note; the last rating can be undone.
 */
export interface ReviewActions {
  rate: (item: Session["items"][number], rating: ReviewRatingName) => Promise<void>;
  undo: (itemId: string) => Promise<void>;
}

/** A signed-in learner's ratings go to the API; a guest's stay in the browser (GuestReviewSession). */
const API_ACTIONS: ReviewActions = {
  rate: async (item, rating) => {
    const client = await apolloClient();
    await client.mutate({
      mutation: ReviewItemMutation,
      variables: { input: { itemId: item.itemId, rating, reps: item.reps, id: crypto.randomUUID() } },
    });
  },
  undo: async (itemId) => {
    const client = await apolloClient();
    await client.mutate({ mutation: UndoLastReviewMutation, variables: { input: { itemId } } });
  },
};

export function ReviewSession({ session, actions = API_ACTIONS }: { session: Session; actions?: ReviewActions }) {
  const router = useRouter();
  const t = useTranslations("ReviewSession");
  const interval = useTranslations("ReviewInterval");
  const headingId = useId();
  const [index, setIndex] = useState(0);
  const [rated, setRated] = useState<string[]>([]);
  const [noteShown, setNoteShown] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const { pending, error, run } = useMutationAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const { items, counts } = session;
  const item = items[index];
  const left = counts.remainingToday - rated.length;

  const rate = useCallback(
    (rating: ReviewRatingName) => {
      if (!item) return;
      void run(async () => {
        await actions.rate(item, rating);
        setRated((done) => [...done, item.itemId]);
        setIndex((at) => at + 1);
        setNoteShown(false);
        setAnnouncement(
          t("rated", { rating, title: item.title, interval: intervalLabel(interval, item.intervals[rating]) }),
        );
      });
    },
    [item, run, actions, t, interval],
  );

  const undo = () => {
    const last = rated.at(-1);
    if (!last) return;
    void run(async () => {
      await actions.undo(last);
      setRated((done) => done.slice(0, -1));
      setIndex((at) => Math.max(0, at - 1));
      setNoteShown(false);
      setAnnouncement(t("undone"));
    });
  };

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey || target?.closest("input, textarea, select, a")) return;
      const choice = RATINGS.find((entry) => entry.key === event.key);
      if (choice) {
        event.preventDefault();
        rate(choice.rating);
      } else if (event.key === " " && !target?.closest("button")) {
        event.preventDefault();
        setNoteShown(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rate]);

  const undoButton =
    rated.length > 0 ? (
      <Button variant="secondary" size="medium" onClick={undo} pending={pending} data-testid="review-undo">
        {t("undo")}
      </Button>
    ) : null;

  if (!item) {
    // What is still due once this session's ratings are counted.
    const stillDue = counts.dueToday - rated.length;
    const limitReached = left <= 0 && stillDue > 0;
    return (
      <div className="space-y-4">
        <p className="sr-only" role="status">
          {announcement}
        </p>
        {limitReached ? (
          <EmptyState testId="review-limit-reached">
            {t.rich("limitReached", {
              limit: counts.dailyLimit,
              link: (chunks) => (
                <Link href="/settings/review" className="font-medium text-indigo-700 underline dark:text-indigo-300">
                  {chunks}
                </Link>
              ),
            })}
          </EmptyState>
        ) : stillDue > 0 ? (
          <EmptyState testId="review-more">
            {t("wellDone")}{" "}
            <button
              type="button"
              onClick={() => router.refresh()}
              className="font-medium text-indigo-700 underline dark:text-indigo-300"
            >
              {t("loadNext")}
            </button>
          </EmptyState>
        ) : (
          <EmptyState testId="review-nothing-due">{t("nothingDue")}</EmptyState>
        )}
        <ActionError message={error} />
        {undoButton}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="review-progress">
        {t("progress", {
          current: rated.length + 1,
          count: Math.min(items.length, counts.remainingToday),
          left,
          limit: counts.dailyLimit,
        })}
      </p>
      <Card as="article" aria-labelledby={headingId} className="space-y-3" data-testid="review-card">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {item.roadmapTitle} · <span data-testid="review-section">{item.sectionTitle}</span>
        </p>
        <h2 id={headingId} ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {item.title}
        </h2>
        <p className="text-sm">{t("prompt")}</p>
        {item.resources.length > 0 ? (
          <ul className="list-inside list-disc space-y-1 text-sm" aria-label={t("resources")}>
            {item.resources.map((resource) => (
              <li key={resource.id}>
                <a
                  href={resource.url}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="text-indigo-700 underline dark:text-indigo-300"
                >
                  {resource.title}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {noteShown ? (
          <section
            aria-label={t("notes")}
            className="rounded border border-slate-200 p-3 dark:border-slate-700"
            data-testid="review-note"
          >
            {item.noteHtml ? (
              <div className="prose-note" dangerouslySetInnerHTML={{ __html: item.noteHtml }} />
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("noNote")}</p>
            )}
          </section>
        ) : (
          <Button variant="secondary" size="medium" onClick={() => setNoteShown(true)} aria-keyshortcuts="Space">
            {t("showNotes")}
          </Button>
        )}
      </Card>
      <div role="group" aria-label={t("ratingGroup")} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {RATINGS.map(({ rating, key }) => (
          <Button
            key={rating}
            variant={rating === "GOOD" ? "primary" : "secondary"}
            size="large"
            pending={pending}
            onClick={() => rate(rating)}
            aria-keyshortcuts={key}
            data-testid={`rate-${rating.toLowerCase()}`}
          >
            {t("rating", { rating })} · {intervalLabel(interval, item.intervals[rating])}
          </Button>
        ))}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("keys")}</p>
      <ActionError message={error} />
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {undoButton}
    </div>
  );
}

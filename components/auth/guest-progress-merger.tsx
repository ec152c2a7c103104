"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { clearGuestEntries, guestEntriesToMerge, readGuestProgress } from "../guest/guest-progress";
import { clearGuestReview, readGuestReview } from "../guest/guest-review";
import { guestRatingsToMerge } from "../guest/guest-review-state";

/**
 * After sign-in: hands what the visitor ticked as a guest to their account (the
 * server keeps the newer change per item and records history), then clears the
 * browser's copy, only once the server confirmed. This runs on every page, so
 * the GraphQL client and the operation load only when there is something to merge.
 */
export function GuestProgressMerger() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  useEffect(() => {
    const guest = readGuestProgress();
    const entries = guestEntriesToMerge(guest);
    if (entries.length === 0) return;
    let cancelled = false;
    void (async () => {
      try {
        const [{ apolloClient }, { MergeGuestProgressMutation }] = await Promise.all([
          import("../apollo/apollo-client"),
          import("./merge-guest-progress-operation"),
        ]);
        const client = await apolloClient();
        const { data } = await client.mutate({
          mutation: MergeGuestProgressMutation,
          variables: { input: { entries } },
        });
        if (cancelled || !data) return;
        clearGuestEntries(guest);
        // Then the ratings given as a guest, onto the items the statuses just put in review (issue 23).
        const ratings = guestRatingsToMerge(readGuestReview());
        if (ratings.length > 0) {
          const { MergeGuestReviewsMutation } = await import("../review/review-operations");
          await client.mutate({ mutation: MergeGuestReviewsMutation, variables: { input: { ratings } } });
        }
        clearGuestReview();
        const { merged } = data.mergeGuestProgress;
        setMessage(`Added ${merged} change${merged === 1 ? "" : "s"} you made as a guest to your account.`);
        router.refresh();
      } catch {
        // Kept in the browser; the next page load tries again.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [router]);
  return (
    <span role="status" className="sr-only" data-testid="guest-merge-status">
      {message}
    </span>
  );
}

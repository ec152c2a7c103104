"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { clearGuestEntries, guestEntriesToMerge, readGuestProgress } from "../guest/guest-progress";

/**
 * After sign-in: hands what the visitor ticked as a guest to their account (the
 * server keeps the newer change per item and records history), then clears the
 * browser's copy, only once the server confirmed. This runs on every page, so
 * the GraphQL client, the operation and the guest's review (with its scheduler,
 * ts-fsrs) load only when there is something to merge.
 */
export function GuestProgressMerger() {
  const t = useTranslations("GuestMerge");
  const router = useRouter();
  // How many changes the account took, once it has: announced below.
  const [merged, setMerged] = useState<number | null>(null);
  useEffect(() => {
    const guest = readGuestProgress();
    const entries = guestEntriesToMerge(guest);
    if (entries.length === 0) return;
    let cancelled = false;
    void (async () => {
      try {
        const [{ apolloClient }, { MergeGuestProgressMutation }, guestReview, { guestRatingsToMerge }] =
          await Promise.all([
            import("../apollo/apollo-client"),
            import("./merge-guest-progress-operation"),
            import("../guest/guest-review"),
            import("../guest/guest-review-state"),
          ]);
        const client = await apolloClient();
        const { data } = await client.mutate({
          mutation: MergeGuestProgressMutation,
          variables: { input: { entries } },
        });
        if (cancelled || !data) return;
        clearGuestEntries(guest);
        // Then the ratings given as a guest, onto the items the statuses just put in review (issue 23).
        const ratings = guestRatingsToMerge(guestReview.readGuestReview());
        if (ratings.length > 0) {
          const { MergeGuestReviewsMutation } = await import("../review/review-operations");
          await client.mutate({ mutation: MergeGuestReviewsMutation, variables: { input: { ratings } } });
        }
        guestReview.clearGuestReview();
        setMerged(data.mergeGuestProgress.merged);
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
      {merged === null ? "" : t("merged", { count: merged })}
    </span>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { clearGuestEntries, readGuestProgress } from "../roadmap/guest-progress-store";

// A plain request: this runs on every page after sign-in, so it must not pull
// the GraphQL client into every page's JavaScript.
const MERGE = `mutation MergeGuestProgress($input: MergeGuestProgressInput!) {
  mergeGuestProgress(input: $input) { merged ignored }
}`;

interface MergeResponse {
  data?: { mergeGuestProgress: { merged: number; ignored: number } };
  errors?: { message: string }[];
}

/**
 * After sign-in: hands what the visitor ticked as a guest to their account (the
 * server keeps the newer change per item and records history), then clears the
 * browser's copy. The copy is only cleared once the server confirmed.
 */
export function GuestProgressMerger() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  useEffect(() => {
    const guest = readGuestProgress();
    const entries = Object.entries(guest).map(([itemId, entry]) => ({
      itemId,
      status: entry.status,
      updatedAt: entry.updatedAt,
    }));
    if (entries.length === 0) return;
    let cancelled = false;
    void (async () => {
      try {
        const response = await fetch("/api/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
          body: JSON.stringify({ query: MERGE, variables: { input: { entries } } }),
        });
        const body = (await response.json()) as MergeResponse;
        if (cancelled || !body.data) return;
        clearGuestEntries(guest);
        const { merged } = body.data.mergeGuestProgress;
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

"use client";

import { useSyncExternalStore } from "react";
import { completionFromCounts } from "@/app/lib/services/progress/completion";
import { guestSnapshot, parseGuestProgress, subscribeGuestProgress } from "./roadmap/guest-progress-store";

/** A guest's percentage on a roadmap card, from this browser's storage. */
export function GuestCompletion({ roadmapId, itemCount }: { roadmapId: string; itemCount: number }) {
  const json = useSyncExternalStore(subscribeGuestProgress, guestSnapshot, () => "{}");
  const entries = Object.values(parseGuestProgress(json)).filter((entry) => entry.roadmapId === roadmapId);
  const count = (status: string) => entries.filter((entry) => entry.status === status).length;
  const { percent } = completionFromCounts({
    total: itemCount,
    done: count("DONE"),
    skipped: count("SKIPPED"),
    inProgress: count("IN_PROGRESS"),
  });
  return <>{percent}%</>;
}

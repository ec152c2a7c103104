"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { computeCompletion } from "@/app/lib/services/progress/completion";
import type { GuestDashboardRoadmap } from "@/app/lib/services/dashboard/guest-dashboard-content";
import { guestSnapshot, parseGuestProgress, subscribeGuestProgress } from "../roadmap/guest-progress-store";
import { ContinueItems } from "./continue-items";
import { RoadmapProgressCard } from "./roadmap-progress-card";

/**
 * A visitor's dashboard, from the progress kept in this browser: the same ring,
 * section bars and "continue" list a learner sees. History (burn-up, activity,
 * streaks) starts with an account.
 */
export function GuestDashboard({ roadmaps }: { roadmaps: GuestDashboardRoadmap[] }) {
  const json = useSyncExternalStore(subscribeGuestProgress, guestSnapshot, () => "{}");
  const entries = parseGuestProgress(json);
  const statusOf = (id: string) => entries[id]?.status;

  const started = roadmaps.filter((roadmap) => Object.keys(roadmap.items).some((id) => entries[id]));
  const continueItems = roadmaps
    .flatMap((roadmap) =>
      Object.entries(roadmap.items)
        .filter(([id]) => entries[id]?.status === "IN_PROGRESS")
        .map(([id, item]) => ({
          id,
          ...item,
          roadmapSlug: roadmap.slug,
          roadmapTitle: roadmap.title,
          at: entries[id]!.updatedAt,
        })),
    )
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 5);

  if (started.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
        You have not ticked anything yet.{" "}
        <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          Pick a roadmap
        </Link>{" "}
        and tick your first item.
      </p>
    );
  }
  return (
    <div className="space-y-8">
      <ContinueItems items={continueItems} />
      {started.map((roadmap) => {
        const allIds = roadmap.sections.flatMap((section) => section.itemIds);
        return (
          <RoadmapProgressCard
            key={roadmap.id}
            roadmap={{
              slug: roadmap.slug,
              title: roadmap.title,
              completion: computeCompletion(allIds, statusOf),
              sections: roadmap.sections.map((section) => ({
                key: section.key,
                title: section.title,
                completion: computeCompletion(section.itemIds, statusOf),
              })),
            }}
          />
        );
      })}
    </div>
  );
}

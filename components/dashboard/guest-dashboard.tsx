"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { GuestDashboardRoadmap } from "@/server/services/dashboard/guest-dashboard-content";
import { guestCompletion, useGuestProgress } from "../guest/guest-progress";
import { EmptyState } from "../ui/empty-state";
import { ContinueItems } from "./continue-items";
import { RoadmapProgressCard } from "./roadmap-progress-card";
import { useGuestRoadmaps } from "./use-guest-roadmaps";

/**
 * A visitor's dashboard, from the progress kept in this browser: the same ring,
 * section bars and "continue" list a learner sees. History (burn-up, activity,
 * streaks) starts with an account.
 */
export function GuestDashboard({ roadmaps: builtIn }: { roadmaps: GuestDashboardRoadmap[] }) {
  const t = useTranslations("GuestDashboard");
  const entries = useGuestProgress();
  const roadmaps = useGuestRoadmaps(builtIn, entries);

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
      <EmptyState>
        {t.rich("empty", {
          link: (chunks) => (
            <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {chunks}
            </Link>
          ),
        })}
      </EmptyState>
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
              completion: guestCompletion(entries, allIds),
              sections: roadmap.sections.map((section) => ({
                key: section.key,
                title: section.title,
                completion: guestCompletion(entries, section.itemIds),
              })),
            }}
          />
        );
      })}
    </div>
  );
}

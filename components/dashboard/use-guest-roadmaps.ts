"use client";

import { useEffect, useMemo, useState } from "react";
import type { GuestDashboardRoadmap } from "@/server/services/dashboard/guest-dashboard-content";
import type { GuestRoadmapQuery as GuestRoadmapResult } from "@/graphql/generated/client/graphql";
import type { GuestProgress } from "../guest/guest-progress";
import { apolloClient } from "../apollo/apollo-client";
import { GuestRoadmapQuery } from "./guest-roadmap-operations";

/**
 * The built-in roadmaps the page came with, plus the learners' public and
 * unlisted roadmaps this browser has ticked items on (their ids are in the
 * guest's storage, which only the browser can read): fetched once each, by id.
 * A roadmap gone private or deleted since is simply left out.
 */
export function useGuestRoadmaps(builtIn: GuestDashboardRoadmap[], entries: GuestProgress): GuestDashboardRoadmap[] {
  const missing = useMemo(() => {
    const known = new Set(builtIn.map((roadmap) => roadmap.id));
    return [...new Set(Object.values(entries).map((entry) => entry.roadmapId))].filter((id) => !known.has(id)).sort();
  }, [builtIn, entries]);
  const [fetched, setFetched] = useState<Map<string, GuestDashboardRoadmap | null>>(new Map());
  const key = missing.join(",");

  useEffect(() => {
    const wanted = key ? key.split(",") : [];
    const absent = wanted.filter((id) => !fetched.has(id));
    if (absent.length === 0) return;
    let cancelled = false;
    (async () => {
      const client = await apolloClient();
      const results = await Promise.all(
        absent.map(async (id) => {
          try {
            const { data } = await client.query({ query: GuestRoadmapQuery, variables: { id } });
            return [id, data?.node?.__typename === "Roadmap" ? toGuestRoadmap(data.node) : null] as const;
          } catch {
            return [id, null] as const;
          }
        }),
      );
      if (!cancelled) setFetched((current) => new Map([...current, ...results]));
    })();
    return () => {
      cancelled = true;
    };
  }, [key, fetched]);

  return useMemo(
    () => [...builtIn, ...missing.flatMap((id) => (fetched.get(id) ? [fetched.get(id)!] : []))],
    [builtIn, missing, fetched],
  );
}

type Fetched = Extract<NonNullable<GuestRoadmapResult["node"]>, { __typename: "Roadmap" }>;

function toGuestRoadmap(roadmap: Fetched): GuestDashboardRoadmap {
  const items: GuestDashboardRoadmap["items"] = {};
  const titleOf = new Map(roadmap.sections.map((section) => [section.id, section.title]));
  for (const item of roadmap.items)
    items[item.id] = { title: item.title, sectionTitle: titleOf.get(item.section.id) ?? "" };
  return {
    id: roadmap.id,
    slug: roadmap.slug,
    title: roadmap.title,
    // Section ids are as stable as their keys, and unique: good keys for the cards' lists.
    sections: roadmap.sections.map((section) => ({
      key: section.id,
      title: section.title,
      itemIds: roadmap.items.filter((item) => item.section.id === section.id).map((item) => item.id),
    })),
    items,
  };
}

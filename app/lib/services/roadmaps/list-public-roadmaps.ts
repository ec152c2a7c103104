import "server-only";

import { db } from "../../db/client";
import { PUBLIC_ROADMAP } from "./public-roadmap";

/** The roadmaps a learner may show on their profile: the public ones, in title order (one statement). */
export async function listPublicRoadmaps(): Promise<{ id: string; slug: string; title: string }[]> {
  return db().roadmap.findMany({
    where: PUBLIC_ROADMAP,
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true },
  });
}

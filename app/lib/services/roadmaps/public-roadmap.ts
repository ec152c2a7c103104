import "server-only";

import type { Prisma } from "../../db/generated/client";

/**
 * The one definition of a roadmap anyone may see: what a public profile, a badge
 * and a link preview may show. Today every roadmap is built in and public.
 * Issue 11 brings learners' own roadmaps, some private: this condition then
 * becomes their visibility (e.g. `{ visibility: "PUBLIC" }`), and every profile,
 * badge and preview follows, since they all go through it.
 */
export const PUBLIC_ROADMAP = {} satisfies Prisma.RoadmapWhereInput;

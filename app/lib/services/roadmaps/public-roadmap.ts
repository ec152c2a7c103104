import "server-only";

import type { Prisma } from "../../db/generated/client";

/**
 * The one definition of a roadmap a public profile, a badge and a link preview
 * may show: a PUBLIC one. A private roadmap is nobody else's business, and an
 * unlisted one is shared only by whoever hands out its address, so neither is
 * shown, counted or drawn (see roadmap-access.ts for who may open a roadmap).
 */
export const PUBLIC_ROADMAP = { visibility: "PUBLIC" } satisfies Prisma.RoadmapWhereInput;

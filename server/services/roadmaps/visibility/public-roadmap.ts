import "server-only";

import type { Prisma } from "../../../db/generated/client";

/**
 * The one definition of a roadmap a public profile, its link preview and a
 * badge may show: a PUBLIC one. A private roadmap is nobody else's business,
 * and an unlisted one is shared only by whoever hands out its address, so
 * neither is shown, counted or drawn there (see roadmap-access.ts for who may
 * open a roadmap; a roadmap's own link preview is drawn for whoever may open
 * it signed out, roadmap-card-summary.ts).
 */
export const PUBLIC_ROADMAP = { visibility: "PUBLIC" } satisfies Prisma.RoadmapWhereInput;

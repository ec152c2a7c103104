import "server-only";

import { z } from "zod";

/** GitHub logins: letters, digits and single dashes, at most 39 characters (a little slack here). */
export const profileLoginSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/);

/** The path of a learner's public profile. */
export function profilePath(login: string): string {
  return `/u/${encodeURIComponent(login)}`;
}

/** The path of a learner's badge for a roadmap; `?theme=dark` gives the dark variant. */
export function badgePath(login: string, roadmapSlug: string): string {
  return `/api/badges/${encodeURIComponent(login)}/${encodeURIComponent(roadmapSlug)}.svg`;
}

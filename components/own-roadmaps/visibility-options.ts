import type { RoadmapVisibility } from "@/graphql/generated/client/graphql";

/**
 * The choices of who sees a roadmap, in the menus' order; each is labelled by
 * messages' Visibility.<value> ("Private: only me"), and a change is announced
 * with Visibility.announce<value>.
 */
export const VISIBILITY_OPTIONS: readonly RoadmapVisibility[] = ["PRIVATE", "UNLISTED", "PUBLIC"];

import type { RoadmapVisibility } from "@/graphql/generated/client/graphql";

export const VISIBILITY_OPTIONS: { value: RoadmapVisibility; label: string }[] = [
  { value: "PRIVATE", label: "Private: only me" },
  { value: "UNLISTED", label: "Unlisted: anyone with the link" },
  { value: "PUBLIC", label: "Public: listed on Explore" },
];

/** What a change of visibility did, in a sentence to announce. */
export function visibilityAnnouncement(title: string, visibility: RoadmapVisibility): string {
  switch (visibility) {
    case "PUBLIC":
      return `Published “${title}”: anyone can find it on Explore.`;
    case "UNLISTED":
      return `“${title}” is unlisted: anyone with the link can open it.`;
    case "PRIVATE":
      return `“${title}” is private: only you can see it.`;
  }
}

import type { RoadmapVisibility } from "@/graphql/generated/client/graphql";

export const VISIBILITY_OPTIONS: { value: RoadmapVisibility; label: string }[] = [
  { value: "PRIVATE", label: "Private: only me" },
  { value: "UNLISTED", label: "Unlisted: anyone with the link" },
  { value: "PUBLIC", label: "Public: listed on Explore" },
];

import "server-only";

import type { ActivitySummary } from "@/server/services/activity/activity-summary";
import type { PublicProfile } from "@/server/services/profile/public-profile";
import type { Completion } from "@/shared/completion";
import type { ApiTokenRecord } from "@/server/services/tokens/api-token-record";
import type { Page } from "@/server/services/pagination";
import type {
  ItemNode,
  ResourceNode,
  RoadmapSummary,
  SectionNode,
} from "@/server/services/roadmaps/content/roadmap-content";
import type { SaveRoadmapResult } from "@/server/services/roadmaps/authoring/save-roadmap";
import type { Viewer } from "@/server/services/viewer";

// What resolvers pass to the resolvers of a type's fields: service-layer objects.
export type RoadmapModel = RoadmapSummary;
export type SectionModel = SectionNode;
export type ItemModel = ItemNode;
export type ResourceModel = ResourceNode;
export type ViewerModel = Viewer;
export type ApiTokenModel = ApiTokenRecord;
export type ActivityModel = ActivitySummary;
export interface CreateApiTokenPayloadModel {
  token: string;
  apiToken: ApiTokenRecord;
}
export interface ImportRoadmapPayloadModel {
  roadmapId: string;
  created: boolean;
  changed: number;
  retired: number;
}

/** A completion and what its plan fields are computed from. */
export interface CompletionModel extends Completion {
  roadmapId: string;
  /** The items it counts: a roadmap's, or a section's. */
  itemIds: readonly string[];
  /** Target dates and weekly goals belong to a roadmap; a section has none. */
  scope: "roadmap" | "section";
  timeZone: string;
}
export type PublicProfileModel = PublicProfile;
export interface CreateCalendarFeedPayloadModel {
  secret: string;
  createdAt: Date;
}
export type SaveRoadmapPayloadModel = SaveRoadmapResult;
export type RoadmapConnectionModel = Page<RoadmapSummary>;
export type ApiTokenConnectionModel = Page<ApiTokenRecord>;

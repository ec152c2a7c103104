import "server-only";

import type { ActivitySummary } from "@/app/lib/services/activity/activity-summary";
import type { PublicProfile } from "@/app/lib/services/profile/public-profile";
import type { Completion } from "@/app/lib/shared/completion";
import type { ApiTokenRecord } from "@/app/lib/services/tokens/api-token-record";
import type { Page } from "@/app/lib/services/pagination";
import type { ItemNode, ResourceNode, RoadmapSummary, SectionNode } from "@/app/lib/services/roadmaps/roadmap-content";
import type { SaveRoadmapResult } from "@/app/lib/services/roadmaps/save-roadmap";
import type { Viewer } from "@/app/lib/services/viewer";

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

import "server-only";

import type { ActivitySummary } from "@/app/lib/services/activity/activity-summary";
import type { ApiTokenRecord } from "@/app/lib/services/tokens/api-token-record";
import type { ItemNode, ResourceNode, RoadmapSummary, SectionNode } from "@/app/lib/services/roadmaps/roadmap-content";
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

import "server-only";

import type { ActivitySummary } from "@/server/services/activity/activity-summary";
import type { PublicProfile } from "@/server/services/profile/public-profile";
import type { Completion } from "@/shared/completion";
import type { ApiTokenRecord } from "@/server/services/tokens/api-token-record";
import type { Page } from "@/server/services/pagination";
import type {
  ItemNode,
  ResourceNode,
  RoadmapContent,
  RoadmapSummary,
  SectionNode,
} from "@/server/services/roadmaps/content/roadmap-content";
import type { TranslationSummary } from "@/server/services/roadmaps/content/roadmap-content-types";
import type { SaveRoadmapResult } from "@/server/services/roadmaps/authoring/save-roadmap";
import type { Viewer } from "@/server/services/viewer";
import type { CohortView } from "@/server/services/cohorts/cohort-access";
import type { CohortFigures, MemberFigures } from "@/server/services/cohorts/cohort-figures";
import type { CohortInvitePreview } from "@/server/services/cohorts/preview-cohort-invite";
import type { CohortStanding } from "@/shared/cohorts/cohort-standing";
import type { Plan } from "@/shared/plan/plan-roadmap";
import type { ReviewCardState as ReviewCard } from "@/shared/review/review-card";
import type { ReviewQueueCounts } from "@/server/services/review/review-queue";
import type { ReviewSettingsRecord } from "@/server/services/review/review-settings";
import type { SkillRecord } from "@/server/services/skills/skill-record";
import type { SharedSkill } from "@/server/services/skills/shared-skills";

// What resolvers pass to the resolvers of a type's fields: service-layer objects.
export type RoadmapModel = RoadmapSummary;
export type SectionModel = SectionNode;
export type ItemModel = ItemNode;
export type ResourceModel = ResourceNode;
/** A translation as its roadmap lists it, with where it belongs (for its markdown and path). */
export type RoadmapTranslationModel = TranslationSummary & { roadmapId: string; slug: string };
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
  /** Another learner's plan, computed with their figures (a cohort member's): the plan fields read it. */
  plan?: Plan;
}
export type PublicProfileModel = PublicProfile;
export interface CreateCalendarFeedPayloadModel {
  secret: string;
  createdAt: Date;
}
export type SaveRoadmapPayloadModel = SaveRoadmapResult;
export type RoadmapConnectionModel = Page<RoadmapSummary>;
export type ApiTokenConnectionModel = Page<ApiTokenRecord>;

export type CohortModel = CohortView;
export type CohortConnectionModel = Page<CohortView>;
/** A member as the viewer may see them, with what their fields are computed from. */
export interface CohortMemberModel {
  cohort: CohortView;
  member: MemberFigures;
  content: RoadmapContent;
}
export type CohortMemberConnectionModel = Page<CohortMemberModel>;
export type PublicUserModel = Pick<MemberFigures, "login" | "name" | "image">;
export type CohortStandingModel = CohortStanding;
export interface CohortMatrixModel {
  cohort: CohortView;
  figures: CohortFigures;
}
export interface CohortMatrixRowModel {
  member: CohortMemberModel;
}
export interface CohortMatrixSectionModel {
  matrix: CohortMatrixModel;
  section: SectionNode;
}
export interface CohortSharedNoteModel {
  author: PublicUserModel | null;
  item: ItemNode;
  note: string;
  noteHtml: string;
}
export type CohortInvitePreviewModel = CohortInvitePreview;
export interface CohortInviteModel {
  createdAt: Date;
  expiresAt: Date | null;
  maxUses: number | null;
  uses: number;
}

/** A review card with the instant its retrievability and intervals are read at. */
export interface ReviewStateModel {
  card: ReviewCard;
  now: Date;
}
/** The queue's counts, loaded once, and what its items page through. */
export type ReviewQueueModel = ReviewQueueCounts;
export type ItemConnectionModel = Page<ItemModel>;
export type ReviewSettingsModel = ReviewSettingsRecord;

export type SkillModel = SkillRecord;
export type SharedSkillModel = SharedSkill;
export type SkillConnectionModel = Page<SkillRecord>;

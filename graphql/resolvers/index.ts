import "server-only";

import type { Resolvers } from "../generated/resolvers-types";
import { Completion } from "./completion";
import { Cohort } from "./cohort";
import {
  CohortConnection,
  CohortMatrix,
  CohortMatrixRow,
  CohortMatrixSection,
  CohortMemberConnection,
} from "./cohort-matrix";
import { CohortInvite, CohortInvitePreview, CohortMember, PublicUser } from "./cohort-member";
import { ApiTokenConnection, RoadmapConnection } from "./connections";
import { Item } from "./item";
import { Mutation } from "./mutation";
import { Node } from "./node";
import { ImportRoadmapPayload, SaveRoadmapPayload } from "./payloads";
import { Query } from "./query";
import { ItemConnection, ReviewQueue, ReviewState } from "./review";
import { Roadmap } from "./roadmap";
import { Section } from "./section";
import { Skill, SkillConnection } from "./skill";
import { SharedSkill } from "./shared-skills";
import { RoadmapTranslation } from "./translations";
import { ApiToken, CreateCalendarFeedPayload, PublicProfile, Viewer } from "./viewer";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Node,
  Roadmap,
  Section,
  Item,
  Completion,
  Viewer,
  ApiToken,
  PublicProfile,
  CreateCalendarFeedPayload,
  ImportRoadmapPayload,
  SaveRoadmapPayload,
  RoadmapConnection,
  ApiTokenConnection,
  Cohort,
  CohortConnection,
  CohortMember,
  CohortMemberConnection,
  CohortMatrix,
  CohortMatrixRow,
  CohortMatrixSection,
  CohortInvite,
  CohortInvitePreview,
  PublicUser,
  ReviewState,
  ReviewQueue,
  ItemConnection,
  Skill,
  SkillConnection,
  SharedSkill,
  RoadmapTranslation,
};

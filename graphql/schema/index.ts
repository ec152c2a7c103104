import "server-only";

import { authoringTypeDefs } from "./authoring";
import { cohortTypeDefs } from "./cohort";
import { operationTypeDefs } from "./operations";
import { relayTypeDefs } from "./relay";
import { reviewTypeDefs } from "./review";
import { roadmapTypeDefs } from "./roadmap";
import { skillTypeDefs } from "./skill";
import { sharedSkillTypeDefs } from "./shared-skills";
import { skillSuggestionTypeDefs } from "./skill-suggestions";
import { translationTypeDefs } from "./translations";
import { viewerTypeDefs } from "./viewer";

/** The whole SDL; graphql/generated/ holds the types GraphQL Code Generator derives from it. */
export const typeDefs = [
  relayTypeDefs,
  roadmapTypeDefs,
  authoringTypeDefs,
  viewerTypeDefs,
  operationTypeDefs,
  cohortTypeDefs,
  reviewTypeDefs,
  skillTypeDefs,
  skillSuggestionTypeDefs,
  sharedSkillTypeDefs,
  translationTypeDefs,
];

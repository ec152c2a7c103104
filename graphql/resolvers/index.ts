import "server-only";

import type { Resolvers } from "../generated/resolvers-types";
import { Completion } from "./completion";
import { Item } from "./item";
import { Mutation } from "./mutation";
import { ImportRoadmapPayload } from "./payloads";
import { Query } from "./query";
import { Roadmap } from "./roadmap";
import { Section } from "./section";
import { ApiToken, CreateCalendarFeedPayload, PublicProfile, Viewer } from "./viewer";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Roadmap,
  Section,
  Item,
  Completion,
  Viewer,
  ApiToken,
  PublicProfile,
  CreateCalendarFeedPayload,
  ImportRoadmapPayload,
};

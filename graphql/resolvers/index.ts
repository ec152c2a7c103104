import "server-only";

import type { Resolvers } from "../generated/resolvers-types";
import { Item } from "./item";
import { Mutation } from "./mutation";
import { ImportRoadmapPayload } from "./payloads";
import { Query } from "./query";
import { Roadmap } from "./roadmap";
import { Section } from "./section";
import { ApiToken, Viewer } from "./viewer";

export const resolvers: Resolvers = { Query, Mutation, Roadmap, Section, Item, Viewer, ApiToken, ImportRoadmapPayload };

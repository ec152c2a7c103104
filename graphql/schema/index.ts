import "server-only";

import { operationTypeDefs } from "./operations";
import { roadmapTypeDefs } from "./roadmap";
import { viewerTypeDefs } from "./viewer";

/** The whole SDL; graphql/generated/ holds the types GraphQL Code Generator derives from it. */
export const typeDefs = [roadmapTypeDefs, viewerTypeDefs, operationTypeDefs];

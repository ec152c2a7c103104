import "server-only";

import type { ApolloServer } from "@apollo/server";
import type { NextRequest } from "next/server";
import { databaseLooksReachable } from "@/server/services/health";
import type { GraphQLContext } from "../context";
import { errorResponse, unavailableResponse } from "./error-response";
import { identifyCaller } from "./identify-caller";
import { readPostBody } from "./read-post-body";
import { runApollo } from "./run-apollo";

/**
 * /api/graphql over HTTP, as a short pipeline; each step is a file of this
 * folder. A refusal on the way is answered by error-response.ts.
 */
export async function handleGraphqlRequest(
  request: NextRequest,
  server: ApolloServer<GraphQLContext>,
): Promise<Response> {
  // While the database is known to be down, answer at once: every request would
  // otherwise wait out its own connection timeout. A probe reopens the gate.
  if (!(await databaseLooksReachable())) return unavailableResponse();
  try {
    const post = request.method === "POST" ? await readPostBody(request) : null;
    const viewer = await identifyCaller(request);
    return await runApollo(server, request, post, viewer);
  } catch (error) {
    return errorResponse(error);
  }
}

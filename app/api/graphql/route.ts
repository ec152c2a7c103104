import type { NextRequest } from "next/server";
import { handleGraphqlRequest } from "@/graphql/http/handle-graphql-request";
import { createApolloServer } from "@/graphql/server";

export const dynamic = "force-dynamic";

const server = createApolloServer();
server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();

export async function GET(request: NextRequest) {
  return handleGraphqlRequest(request, server);
}

export async function POST(request: NextRequest) {
  return handleGraphqlRequest(request, server);
}

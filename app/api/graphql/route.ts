import { startServerAndCreateNextHandler } from "@as-integrations/next";
import type { NextRequest } from "next/server";
import { timeZoneFromCookie } from "@/app/lib/shared/time-zone-cookie";
import { createContext, type GraphQLContext } from "@/graphql/context";
import { guardRequest, viewerOf } from "@/graphql/http/guard-request";
import { createApolloServer } from "@/graphql/server";

export const dynamic = "force-dynamic";

const handler = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), {
  context: async (request) => createContext(viewerOf(request), { timeZone: timeZoneFromCookie(request.cookies) }),
});

export async function GET(request: NextRequest) {
  return guardRequest(request, handler);
}

export async function POST(request: NextRequest) {
  return guardRequest(request, handler);
}

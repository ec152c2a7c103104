import type { ApolloServer, GraphQLRequest } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { createContext, type GraphQLContext } from "../../graphql/context";
import { createApolloServer } from "../../graphql/server";
import type { MaybeViewer } from "../../server/services/viewer";

let server: ApolloServer<GraphQLContext> | undefined;

export interface OperationResult<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs a document through the real Apollo server (validation rules, armor, error formatting). */
// Tests read arbitrary response shapes; `any` keeps their assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function execute<Data = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  viewer: MaybeViewer = null,
): Promise<OperationResult<Data>> {
  server ??= createApolloServer();
  const response = await server.executeOperation({ query, variables }, { contextValue: createContext(viewer) });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as OperationResult<Data>;
}

/**
 * Runs a whole request (extensions too: persisted queries) through the real
 * Apollo server, with the HTTP status Apollo chose for it (200 when it chose none).
 */
export async function executeRequest(
  request: GraphQLRequest,
  viewer: MaybeViewer = null,
): Promise<{ status: number; result: OperationResult }> {
  server ??= createApolloServer();
  const response = await server.executeOperation(request, { contextValue: createContext(viewer) });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status ?? 200, result: response.body.singleResult as OperationResult };
}

export function errorCodes(result: OperationResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

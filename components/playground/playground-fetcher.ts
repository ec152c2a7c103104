import type { GraphiQLProps } from "graphiql";

/** The API this playground talks to: same origin, so the session cookie applies. */
export const GRAPHQL_ENDPOINT = "/api/graphql";

type Fetcher = GraphiQLProps["fetcher"];

/**
 * GraphiQL's transport. A few lines of fetch instead of @graphiql/toolkit's
 * createGraphiQLFetcher: the API has no subscriptions or incremental delivery,
 * so the toolkit would add nothing but a dependency.
 *
 * - credentials "same-origin" sends the browser's session cookie, so a signed-in
 *   learner is the viewer without pasting a token.
 * - apollo-require-preflight satisfies Apollo Server's CSRF prevention, which
 *   refuses requests a plain HTML form could have sent.
 * - Headers typed into the Headers tab (for example Authorization: Bearer wmk_...)
 *   come last so they win; a bearer token takes precedence over the cookie on the
 *   server.
 */
export const playgroundFetcher: Fetcher = async (graphQLParams, options) => {
  const headers = new Headers({
    accept: "application/graphql-response+json, application/json",
    "content-type": "application/json",
    "apollo-require-preflight": "true",
  });
  // set() rather than spreading: header names are case-insensitive, and a user's
  // "Content-Type" must replace ours instead of being joined to it.
  for (const [name, value] of Object.entries(options?.headers ?? {})) {
    headers.set(name, String(value));
  }
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: "POST",
    credentials: "same-origin",
    headers,
    body: JSON.stringify(graphQLParams),
  });
  // Apollo answers errors (400, 401, 413, 429) with a GraphQL-shaped JSON body,
  // which GraphiQL shows as the response; anything else is a transport failure.
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) {
    throw new Error(`${GRAPHQL_ENDPOINT} answered ${response.status} ${response.statusText} without JSON.`);
  }
  return response.json();
};

import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/**
 * The browser's GraphQL client for this site's own API. The preflight header
 * satisfies Apollo Server's CSRF prevention; the session cookie authenticates.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({
      uri: "/api/graphql",
      credentials: "same-origin",
      headers: { "apollo-require-preflight": "true" },
    }),
  });
}

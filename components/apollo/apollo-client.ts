import type { ApolloClient } from "@apollo/client";

/*
 * The browser's one Apollo Client, for its reads and writes alike: typed
 * GraphQL operations (codegen). One client means one cache: the checklist, the plan and
 * the goals form of a page all read and write the same one, so a write shows
 * everywhere at once. It loads on first use (after the first paint, or on a
 * page's first write), so it never weighs on the first-load JavaScript.
 */

let client: Promise<ApolloClient> | undefined;

export function apolloClient(): Promise<ApolloClient> {
  client ??= import("./create-apollo-client").then((module) => module.createApolloClient());
  // A failed load (a chunk gone after a deploy) is tried again next time.
  client.catch(() => (client = undefined));
  return client;
}

import type { ApolloClient } from "@apollo/client";

/*
 * The one way the browser writes: typed GraphQL operations (codegen) through
 * Apollo Client. Pages that only write now and then (tokens, the guest merge after
 * sign-in) load the client on first use, so it never weighs on their first paint.
 */

let client: Promise<ApolloClient> | undefined;

export function writeClient(): Promise<ApolloClient> {
  client ??= import("./create-apollo-client").then((module) => module.createApolloClient());
  // A failed load (a chunk gone after a deploy) is tried again next time.
  client.catch(() => (client = undefined));
  return client;
}

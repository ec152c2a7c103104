import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { findInvalidTextInLiterals } from "./find-invalid-text-in-literals";
import { findInvalidTextInVariables } from "./find-invalid-text-in-variables";

/**
 * Refuses text that cannot be stored (NUL, unpaired surrogates) in any
 * argument, variable or default value, before a resolver runs: one check for
 * every present and future argument, instead of a database error (and a 500)
 * wherever such a string reaches PostgreSQL. Answered like Apollo's own bad
 * variables: BAD_USER_INPUT with HTTP 400.
 */
export function rejectInvalidTextPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const invalid =
            findInvalidTextInLiterals(document) ??
            (operation ? findInvalidTextInVariables(operation, request.variables) : undefined);
          if (!invalid) return;
          throw new GraphQLError(`${invalid.problem} (${invalid.place}).`, {
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          });
        },
      };
    },
  };
}

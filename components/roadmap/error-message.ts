import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** A sentence for the learner from whatever a mutation failed with. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    if (code === "UNAUTHENTICATED") return "Your session has ended. Sign in again to save changes.";
    if (code === "RATE_LIMITED") return "Too many changes at once. Wait a moment and try again.";
    return first?.message ?? "The server refused the change.";
  }
  return "The server could not be reached. Check your connection.";
}

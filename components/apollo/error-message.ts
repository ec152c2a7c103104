import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** A sentence for the learner from whatever a mutation failed with. */
export function errorMessage(error: unknown): string {
  const code = CombinedGraphQLErrors.is(error)
    ? error.errors[0]?.extensions?.code
    : ServerError.is(error)
      ? { 401: "UNAUTHENTICATED", 429: "RATE_LIMITED", 503: "SERVICE_UNAVAILABLE" }[error.statusCode]
      : undefined;
  if (code === "UNAUTHENTICATED") return "Your session has ended. Sign in again to save changes.";
  if (code === "RATE_LIMITED") return "Too many changes at once. Wait a moment and try again.";
  if (code === "SERVICE_UNAVAILABLE") return "Waymark is briefly unavailable. Try again in a few seconds.";
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? "The server refused the change.";
  return "The server could not be reached. Check your connection.";
}

/**
 * The errors services throw. Each carries the code clients see (GraphQL
 * `extensions.code`, HTTP status in route handlers); nothing else leaks out.
 */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "RATE_LIMITED";

/** The HTTP status of each code, for every route that answers an error with one (GraphQL's and the file routes). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Sign in to do this.") {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You are not allowed to do this.") {
    super("FORBIDDEN", message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super("NOT_FOUND", `${what} was not found.`);
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("BAD_USER_INPUT", message, details);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", `Too many requests; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
}

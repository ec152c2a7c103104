import "server-only";

interface ClientError {
  code: string;
  message: string;
}

/**
 * Errors Apollo Server and graphql-js raise for a client's mistake without
 * giving them a code, so they would otherwise pass for server faults. Keyed by
 * their exact message; graphql/client-mistakes.int.test.ts notices if an
 * upgrade rewords one. Apollo already answers each with HTTP 400.
 */
const BY_MESSAGE = new Map<string, ClientError>([
  [
    "provided sha does not match query",
    {
      code: "BAD_REQUEST",
      message: "The persisted query's sha256Hash is not the SHA-256 hash of its query text.",
    },
  ],
  [
    "Unsupported persisted query version",
    {
      // The code Apollo clients answer by sending the full query instead.
      code: "PERSISTED_QUERY_NOT_SUPPORTED",
      message: "Unsupported persisted query version: this server supports version 1 only.",
    },
  ],
  [
    // graphql-js gives up after 50 invalid variable values; the 50 come before this one.
    "Too many errors processing variables, error limit reached. Execution aborted.",
    {
      code: "BAD_USER_INPUT",
      message: "Too many invalid variable values (the first 50 are listed); execution aborted.",
    },
  ],
]);

type Uncoded = Error & { originalError?: unknown; extensions?: { code?: unknown } };

/**
 * The client-facing code and message of such an error, or undefined for any
 * other error. Judged by shape, not `instanceof GraphQLError`: Apollo's copy of
 * graphql-js need not be the module instance this file imports (it is not under
 * vitest).
 */
export function knownClientError(error: unknown): ClientError | undefined {
  if (!(error instanceof Error) || error.name !== "GraphQLError") return undefined;
  const { originalError, extensions } = error as Uncoded;
  if (originalError !== undefined || extensions?.code !== undefined) return undefined;
  return BY_MESSAGE.get(error.message);
}

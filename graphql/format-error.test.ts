import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/server/platform/logger";
import { formatError } from "./format-error";

function format(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  return formatError({ message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, error);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("formatError", () => {
  it("gives Apollo's code-less client errors a client code, and logs nothing", () => {
    const errorLog = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    expect(format(new GraphQLError("provided sha does not match query")).extensions?.code).toBe("BAD_REQUEST");
    expect(format(new GraphQLError("Unsupported persisted query version")).extensions?.code).toBe(
      "PERSISTED_QUERY_NOT_SUPPORTED",
    );
    expect(
      format(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."))
        .extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(errorLog).not.toHaveBeenCalled();
  });

  it("keeps INTERNAL_SERVER_ERROR, and the log line, for real faults, whatever their message", () => {
    const errorLog = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const fromResolver = new GraphQLError("provided sha does not match query", {
      originalError: new Error("provided sha does not match query"),
      path: ["roadmaps"],
    });
    expect(format(fromResolver)).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(format(new Error("connection refused")).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(errorLog).toHaveBeenCalledTimes(2);
  });
});

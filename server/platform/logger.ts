import "server-only";

import pino from "pino";
import { env } from "./env";
import { currentRequestId } from "./request-context";

/**
 * Structured JSON logs on stdout: one line per event, ready for any log shipper.
 * Every line written while handling a request carries that request's id.
 * Credentials and note text never belong in a log line; the redaction below is a
 * second line of defence, not the first (`npm run dev` pipes through pino-pretty).
 */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { app: "waymark" },
  mixin: () => {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
  redact: {
    paths: [
      "req.headers.authorization",
      "req.headers.cookie",
      "headers.authorization",
      "headers.cookie",
      "token",
      "*.token",
      "secret",
      "password",
      "note",
      "*.note",
      "body",
    ],
    censor: "[redacted]",
  },
});

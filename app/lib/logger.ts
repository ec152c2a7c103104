import pino from "pino";
import { env } from "./env";

/** Structured JSON logs on stdout: one line per event, ready for any log shipper. */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { app: "waymark" },
  redact: ["req.headers.authorization", "req.headers.cookie", "token"],
});

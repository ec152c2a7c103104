import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { atItemLimit } from "@/e2e/support/limit-roadmaps";
import { exportLegend } from "@/shared/roadmap-markdown/export-legend";
import { IMPORT_LIMITS, utf8Length } from "@/shared/roadmap-markdown/import-limits";
import { writeRoadmapMarkdown } from "@/shared/roadmap-markdown/write-roadmap-markdown";
import { GRAPHQL_LIMITS, REQUEST_ENVELOPE_BYTES } from "./limits";

/*
 * A roadmap's markdown export must come back through the API in one request:
 * the body limit admits any file the importer accepts, however a JSON encoder
 * escapes it, with the rest of a saveRoadmap request around it.
 */

const SAVE = `mutation Save($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { id slug } added retired } }`;

/** JSON as encoders that escape everything but printable ASCII write it (Python's default, ensure_ascii). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function saveBody(markdown: string, encode: (value: unknown) => string = JSON.stringify): number {
  const input = {
    roadmapId: "c".repeat(25),
    slug: "n".repeat(64),
    visibility: "UNLISTED",
    restoreStatuses: true,
    markdown,
  };
  return utf8Length(encode({ query: SAVE, operationName: "Save", variables: { input } }));
}

describe("the request body limit", () => {
  it("admits a file of the importer's largest size made of the characters JSON escapes dearest", () => {
    // Six bytes of JSON for each byte of the file: \u0001.
    const controls = "\u0001".repeat(IMPORT_LIMITS.fileBytes);
    expect(saveBody(controls)).toBe(6 * IMPORT_LIMITS.fileBytes + saveBody(""));
    expect(saveBody(controls)).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxBodyBytes);
    expect(saveBody("")).toBeLessThan(REQUEST_ENVELOPE_BYTES);
    // Three bytes of JSON for each byte of a two-byte letter, in encoders that escape non-ASCII.
    expect(saveBody("é".repeat(IMPORT_LIMITS.fileBytes / 2), asciiJson)).toBeLessThanOrEqual(
      GRAPHQL_LIMITS.maxBodyBytes,
    );
  });

  it("admits the largest export, however it is encoded", () => {
    const exported =
      exportLegend(`${"l".repeat(39)}/${"n".repeat(64)}`, "l".repeat(39), new Date()) +
      writeRoadmapMarkdown(atItemLimit());
    expect(utf8Length(exported)).toBeGreaterThan(2_000_000);
    expect(utf8Length(exported)).toBeLessThanOrEqual(IMPORT_LIMITS.fileBytes);
    expect(saveBody(exported)).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxBodyBytes);
    expect(saveBody(exported, asciiJson)).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxBodyBytes);
  }, 60_000);

  it("is what the deployment's reverse proxy admits too", () => {
    const config = fs.readFileSync(path.resolve(import.meta.dirname, "../deploy/nginx/default.conf"), "utf8");
    const [, size, unit] = /client_max_body_size (\d+)([km]?);/.exec(config)!;
    const bytes = Number(size) * (unit === "m" ? 1024 * 1024 : unit === "k" ? 1024 : 1);
    expect(bytes).toBeGreaterThanOrEqual(GRAPHQL_LIMITS.maxBodyBytes);
  });
});

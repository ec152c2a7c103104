import "server-only";

import { IMPORT_LIMITS } from "../shared/roadmap-markdown/import-limits";

/**
 * The most bytes JSON spends on one byte of text: a control character becomes
 * \u00XX (six bytes for one), and so do `<`, `>` and `&` in encoders that escape
 * HTML; a letter of two bytes becomes \uXXXX (three per byte), a quote, a
 * backslash or a line break two. Nothing costs more.
 */
export const JSON_BYTES_PER_TEXT_BYTE = 6;

/** A request's bytes besides its largest string: the document, ids, names, flags. */
export const REQUEST_ENVELOPE_BYTES = 64 * 1024;

/** Limits that keep abusive documents cheap to reject (see graphql/server.ts). */
export const GRAPHQL_LIMITS = {
  /** Deepest selection: roadmap > sections > items > children > children > resources is 6. */
  maxDepth: 12,
  /** Aliased fields per operation, `__typename` and those inside fragments included. */
  maxAliases: 15,
  maxDirectives: 20,
  /** Lexical tokens in a document; the playground's example operations use a few hundred. */
  maxTokens: 2000,
  /**
   * graphql-armor's static cost (objects 2, scalars 1, growing with depth). The
   * playground's whole-roadmap example costs about 150; fifteen aliased copies of
   * a deep roadmap query about 1,560.
   */
  maxCost: 1000,
  /**
   * Request body size in bytes: any file the importer accepts (IMPORT_LIMITS.fileBytes,
   * so every roadmap's markdown export), however a JSON encoder escapes it, fits
   * with its request around it: 6 x 2,100,000 + 65,536 = 12,665,536.
   */
  maxBodyBytes: JSON_BYTES_PER_TEXT_BYTE * IMPORT_LIMITS.fileBytes + REQUEST_ENVELOPE_BYTES,
  /**
   * A body over maxBodyBytes (declared or streamed) up to this size is read and
   * dropped before the 413, so the client gets the answer rather than a broken
   * pipe (see http/read-body-with-limit.ts). Nothing of it is kept.
   */
  maxDrainedBodyBytes: 64 * 1024 * 1024,
} as const;

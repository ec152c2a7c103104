import "server-only";

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
  /** Request body size in bytes (imports of large markdown roadmaps fit). */
  maxBodyBytes: 1_100_000,
} as const;

import { TokenScope } from "../server/db/generated/enums";

interface ScopeText {
  /** A few words, as the form and the list of tokens name it. */
  label: string;
  /** What a token with it may do. */
  explanation: string;
}

// Keyed by the generated enum: a scope added to the schema does not compile until it is explained here.
const SCOPE_TEXT = {
  READ_PROGRESS: {
    label: "Read progress",
    explanation: "Read your statuses, notes, goals, history and activity, and export your roadmaps.",
  },
  WRITE_PROGRESS: {
    label: "Write progress",
    explanation: "Change your statuses, notes and goals, and reset a roadmap's progress.",
  },
  WRITE_ROADMAPS: {
    label: "Write roadmaps",
    explanation:
      "Create, edit, fork, publish and delete your own roadmaps. Keeping statuses through a save or copying progress into a fork also needs Write progress.",
  },
  COHORTS: {
    label: "Cohorts",
    explanation:
      "See the cohorts you are in as their pages show them to you (your own figures on a cohort's roadmap included), and create, join, leave and run them.",
  },
} as const satisfies Record<TokenScope, ScopeText>;

/** Every scope a token can have, in the schema's order, each explained: what the token form offers. */
export const TOKEN_SCOPES: readonly ({ scope: TokenScope } & ScopeText)[] = Object.values(TokenScope).map((scope) => ({
  scope,
  ...SCOPE_TEXT[scope],
}));

export function tokenScopeLabel(scope: TokenScope): string {
  return SCOPE_TEXT[scope].label;
}

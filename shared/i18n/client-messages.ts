/*
 * Which messages reach the browser (issue 25: only the active language's, and of those only what
 * the page's client components translate with; the rest stay on the server). The root layout sends
 * LAYOUT_NAMESPACES for what it renders around every page; a page with client components of its
 * own wraps itself in <PageMessages page="…"> (components/i18n/page-messages.tsx), which sends the
 * layout's and its own. client-namespaces.test.ts reads the sources and proves each list is exactly
 * what its files need.
 */

/** The header (language switcher, theme, sign-in), the shared UI pieces, the error boundary and the guest merge's notice. */
export const LAYOUT_NAMESPACES: readonly string[] = [
  "ActionErrors",
  "ErrorPanel",
  "GuestMerge",
  "LocaleSwitcher",
  "SignInForm",
  "ThemeToggle",
  "UI",
];

/** The roadmap editor, on a new roadmap and an existing one (which also links its translations). */
const EDITOR = [
  "ProblemList",
  "RoadmapEditor",
  "RoadmapErrors",
  "RoadmapProblems",
  "SavePreview",
  "SkillPanel",
  "Visibility",
];

/** Each page's own namespaces, beside the layout's. */
export const PAGE_NAMESPACES = {
  /** A guest's roadmap page; a learner's and its owner's add ROADMAP_VIEWER_NAMESPACES. */
  roadmap: [
    "ChecklistStore",
    "ChecklistToolbar",
    "CompletionBar",
    "ItemNote",
    "ItemStatus",
    "ResetProgress",
    "ResourceLink",
    "Roadmap",
    "ShortcutsDialog",
  ],
  newRoadmap: EDITOR,
  roadmapEditor: [...EDITOR, "TranslationEditor"],
  roadmapTranslations: ["ProblemList", "RoadmapProblems", "TranslationEditor"],
  dashboard: ["CompletionBar", "CompletionRing", "ContinueItems", "GuestDashboard", "RoadmapProgressCard"],
  review: ["ReviewInterval", "ReviewSession"],
  cohorts: ["CreateCohort", "InviteOptions"],
  cohort: ["CohortExit", "InviteOptions", "InvitePanel", "MemberActions", "SharingForm"],
  joinCohort: ["JoinCohort"],
  playground: ["Playground"],
  profile: ["Share"],
  profileSettings: ["CalendarSubscription", "ProfileSharing", "Share"],
  reviewSettings: ["ReviewSettings"],
  tokenSettings: ["Tokens"],
  dataSettings: ["DeleteAccount"],
} satisfies Record<string, readonly string[]>;

export type MessagesPage = keyof typeof PAGE_NAMESPACES;

/**
 * What the roadmap page's components for signed-in learners (the plan, the review link, fork and
 * export) and for its owner (rename, visibility, delete) add to a guest's. Most of the page's
 * messages are theirs; a guest, the page's most frequent reader, is sent none of them.
 */
export const ROADMAP_VIEWER_NAMESPACES = {
  signedIn: [
    "ExportMenu",
    "ForkButton",
    "GoalForm",
    "Plan",
    "PlanSummary",
    "ProblemList",
    "RoadmapErrors",
    "RoadmapPlan",
    "RoadmapProblems",
    "Share",
    "WeekGoalMeter",
  ],
  owner: ["OwnerControls", "Visibility"],
} satisfies Record<string, readonly string[]>;

/** The namespaces ROADMAP_VIEWER_NAMESPACES adds to a roadmap page for this viewer. */
export function roadmapViewerNamespaces(viewerId: string | null, ownerId: string | null): string[] {
  if (viewerId === null) return [];
  const { signedIn, owner } = ROADMAP_VIEWER_NAMESPACES;
  return ownerId === viewerId ? [...signedIn, ...owner] : signedIn;
}

type Messages = Record<string, unknown>;

/** The part of a language's messages under `namespaces`. */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}

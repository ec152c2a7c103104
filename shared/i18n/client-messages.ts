/** The namespaces client components translate with; the rest stay on the server. */
export const CLIENT_NAMESPACES = [
  "LocaleSwitcher",
  "ThemeToggle",
  "ErrorPanel",
  "SignInForm",
  // The roadmap page's checklist.
  "ItemStatus",
  "CompletionBar",
  "Roadmap",
  "ChecklistToolbar",
  "ShortcutsDialog",
  "ItemNote",
  "ResetProgress",
  "ResourceLink",
  "TranslationEditor",
  "ChecklistStore",
  // Sharing, tokens, the account, the playground and the shared UI pieces (dialogs, toasts, copy buttons).
  "ProfileSharing",
  "CalendarSubscription",
  "Share",
  "Tokens",
  "DeleteAccount",
  "Playground",
  "UI",
  // The roadmap editor and the roadmap page's actions (fork, export, visibility, delete), with their errors.
  "ActionErrors",
  "RoadmapErrors",
  "RoadmapEditor",
  "ProblemList",
  "RoadmapProblems",
  "SkillPanel",
  "SavePreview",
  "ExportMenu",
  "ForkButton",
  "OwnerControls",
  "Visibility",
  // The guest's dashboard, "Your plan" on the roadmap page (kept live) and its goals form, review, cohorts.
  "GuestDashboard",
  "ContinueItems",
  "RoadmapProgressCard",
  "CompletionRing",
  "Plan",
  "PlanSummary",
  "WeekGoalMeter",
  "GoalForm",
  "RoadmapPlan",
  "ReviewSession",
  "ReviewInterval",
  "ReviewSettings",
  "JoinCohort",
  "CohortExit",
  "MemberActions",
  "SharingForm",
  "CreateCohort",
  "InviteOptions",
  "InvitePanel",
] as const;

type Messages = Record<string, unknown>;

/** The part of a language's messages the browser needs. */
export function clientMessages(messages: Messages): Messages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}

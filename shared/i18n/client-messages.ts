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
] as const;

type Messages = Record<string, unknown>;

/** The part of a language's messages the browser needs. */
export function clientMessages(messages: Messages): Messages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}

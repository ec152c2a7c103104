/**
 * What a page that needs an account is for, said to someone asked to sign in
 * for it: a key of the SignIn.titleFor and SignIn.youWanted messages, which
 * complete "Sign in to …" and "You wanted to …" in each language.
 */
export type SignInPurpose = "newRoadmap" | "mine" | "edit" | "dashboard" | "profile" | "tokens" | "data" | "settings";

const PURPOSES: { path: RegExp; purpose: SignInPurpose }[] = [
  { path: /^\/roadmaps\/new$/, purpose: "newRoadmap" },
  { path: /^\/roadmaps\/mine$/, purpose: "mine" },
  { path: /^\/roadmaps\/.+\/edit$/, purpose: "edit" },
  { path: /^\/dashboard$/, purpose: "dashboard" },
  { path: /^\/settings\/profile$/, purpose: "profile" },
  { path: /^\/settings\/tokens$/, purpose: "tokens" },
  { path: /^\/settings\/data$/, purpose: "data" },
  { path: /^\/settings(\/.*)?$/, purpose: "settings" },
];

/** The purpose of the page at `path` (a same-site path, query allowed), or null when it says nothing. */
export function signInPurpose(path: string | null): SignInPurpose | null {
  if (!path) return null;
  const pathname = path.split(/[?#]/, 1)[0]!.replace(/\/+$/, "") || "/";
  return PURPOSES.find((entry) => entry.path.test(pathname))?.purpose ?? null;
}

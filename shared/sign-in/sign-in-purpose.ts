/** What a page that needs an account is for, said to someone asked to sign in for it. */
export interface SignInPurpose {
  /** Completes "Sign in to …" and "You wanted to …". */
  action: string;
}

const PURPOSES: { path: RegExp; action: string }[] = [
  { path: /^\/roadmaps\/new$/, action: "write your own roadmap" },
  { path: /^\/roadmaps\/mine$/, action: "see your own roadmaps" },
  { path: /^\/roadmaps\/.+\/edit$/, action: "edit a roadmap" },
  { path: /^\/dashboard$/, action: "see your dashboard" },
  { path: /^\/settings\/profile$/, action: "share your profile, badges and calendar" },
  { path: /^\/settings\/tokens$/, action: "create API tokens" },
  { path: /^\/settings\/data$/, action: "download or delete your data" },
  { path: /^\/settings(\/.*)?$/, action: "change your settings" },
];

/** The purpose of the page at `path` (a same-site path, query allowed), or null when it says nothing. */
export function signInPurpose(path: string | null): SignInPurpose | null {
  if (!path) return null;
  const pathname = path.split(/[?#]/, 1)[0]!.replace(/\/+$/, "") || "/";
  const found = PURPOSES.find((purpose) => purpose.path.test(pathname));
  return found ? { action: found.action } : null;
}

"use server";

import "server-only";

import { signIn, signOut } from "./auth";

/** Only paths on this site: never an open redirect. */
function safePath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

export async function signInWithGithub(form: FormData): Promise<void> {
  await signIn("github", { redirectTo: safePath(form.get("redirectTo")) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

"use server";

import "server-only";

import { sameSitePath } from "../../shared/sign-in/same-site-path";
import { signIn, signOut } from "./auth";

export async function signInWithGithub(form: FormData): Promise<void> {
  // Only paths on this site: never an open redirect.
  await signIn("github", { redirectTo: sameSitePath(form.get("redirectTo")) ?? "/" });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

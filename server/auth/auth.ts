import "server-only";

import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import GitHub, { type GitHubProfile } from "next-auth/providers/github";
import { db } from "../db/client";
import { env } from "../platform/env";
import { logger } from "../platform/logger";
import { syncGithubProfile } from "../services/users/sync-github-profile";
import { authSecret } from "./auth-secret";
import { githubEnterpriseOverride, githubSignInEnabled } from "./github-endpoints";

const SESSION_DAYS = 30;

function config(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    // Database sessions: a session is a row, so revoking it (sign-out, deleting the row) takes effect at once.
    adapter: PrismaAdapter(db()),
    session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    // Cookies are HttpOnly and SameSite=Lax always, and Secure (with the __Secure-
    // prefix) whenever the site is served over https: Auth.js decides from AUTH_URL
    // or, behind a proxy, from X-Forwarded-Proto (trustHost).
    providers: githubSignInEnabled()
      ? [
          GitHub({
            clientId: env().AUTH_GITHUB_ID,
            clientSecret: env().AUTH_GITHUB_SECRET,
            enterprise: githubEnterpriseOverride(),
          }),
        ]
      : [],
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      session({ session, user }) {
        const stored = user as typeof user & { role: "LEARNER" | "ADMIN"; login: string | null };
        session.user.id = stored.id;
        session.user.role = stored.role;
        session.user.login = stored.login;
        return session;
      },
    },
    events: {
      async signIn({ user, profile }) {
        const github = profile as GitHubProfile | undefined;
        if (!user.id || !github?.login) return;
        await syncGithubProfile(user.id, {
          login: github.login,
          name: github.name ?? null,
          avatarUrl: github.avatar_url ?? null,
        });
        logger.info({ userId: user.id, login: github.login }, "signed in");
      },
    },
    logger: {
      // Auth.js wraps the real failure in `cause`; without it the log says nothing useful.
      error: (error) => logger.error({ err: error, cause: (error as Error & { cause?: unknown }).cause }, "auth error"),
      warn: (code) => logger.warn({ code }, "auth warning"),
      debug: () => {},
    },
  };
}

// Lazy configuration: the environment is read when the first request arrives,
// after instrumentation has started the database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      role: "LEARNER" | "ADMIN";
      login: string | null;
      name?: string | null;
      email?: string | null;
      image?: string | null;
    };
  }
}

import { request } from "@playwright/test";
import type { GithubStandIn } from "./github-stand-in";

/**
 * Signs a learner in through the real OAuth round trip (Auth.js, then the GitHub
 * stand-in, then Auth.js's callback) with plain HTTP requests, no browser, and
 * returns the `Cookie` header of their session. Works whatever database the
 * server runs on, since it needs no access to it.
 */
export async function signInOverHttp(baseUrl: string, github: GithubStandIn, login: string): Promise<string> {
  const client = await request.newContext({ baseURL: baseUrl });
  try {
    const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const started = await client.post("/api/auth/signin/github", {
      form: { csrfToken, callbackUrl: baseUrl },
      maxRedirects: 0,
    });
    const authorize = new URL(locationOf(started));
    if (!authorize.href.startsWith(github.url)) throw new Error(`sign-in went to ${authorize.href}, not the stand-in`);
    const form = Object.fromEntries(authorize.searchParams);
    const granted = await client.post(`${github.url}/login/oauth/authorize`, {
      form: { ...form, login },
      maxRedirects: 0,
    });
    const callback = await client.get(locationOf(granted), { maxRedirects: 0 });
    if (callback.status() >= 400) throw new Error(`the OAuth callback answered ${callback.status()}`);
    const { cookies } = await client.storageState();
    const session = cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"));
    if (!session) throw new Error(`no session cookie after signing in ${login}`);
    return `${session.name}=${session.value}`;
  } finally {
    await client.dispose();
  }
}

function locationOf(response: { status(): number; headers(): Record<string, string> }): string {
  const location = response.headers()["location"];
  if (!location) throw new Error(`expected a redirect, got HTTP ${response.status()}`);
  return location;
}

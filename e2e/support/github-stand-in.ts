import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for GitHub's OAuth endpoints, for tests only (the machines
 * cannot reach GitHub). It speaks the GitHub Enterprise paths that Auth.js's
 * GitHub provider uses when given `enterprise.baseUrl`:
 *
 *   GET  /login/oauth/authorize    a login page: type a GitHub login, press Authorize
 *   POST /login/oauth/access_token code (+ PKCE verifier) for an access token
 *   GET  /api/v3/user              the profile of the token's user
 *   GET  /api/v3/user/emails       their addresses
 *   GET  /avatars/<login>.svg      an avatar, so pages load no external image
 *
 * It checks what GitHub checks: client id and secret, redirect URI, single-use
 * codes, the PKCE challenge, bearer tokens.
 */
export interface GithubStandIn {
  url: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

interface PendingCode {
  login: string;
  redirectUri: string;
  challenge: string | null;
  expires: number;
}

/** A stable numeric id per login, like GitHub's user ids. */
export function githubIdOf(login: string): number {
  return parseInt(createHash("sha256").update(login.toLowerCase()).digest("hex").slice(0, 8), 16);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function send(res: http.ServerResponse, status: number, body: unknown, type = "application/json") {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if ((req.headers["content-type"] ?? "").includes("application/json")) {
    return new URLSearchParams(JSON.parse(raw || "{}") as Record<string, string>);
  }
  return new URLSearchParams(raw);
}

function basicAuth(req: http.IncomingMessage): [string, string] | null {
  const match = /^Basic (.+)$/.exec(req.headers.authorization ?? "");
  if (!match) return null;
  const [id, secret] = Buffer.from(match[1]!, "base64").toString().split(":");
  return [decodeURIComponent(id ?? ""), decodeURIComponent(secret ?? "")];
}

export async function startGithubStandIn(options: { port?: number } = {}): Promise<GithubStandIn> {
  const clientId = "stand-in-client-id";
  const clientSecret = "stand-in-client-secret";
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, string>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    handle(url, req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });

  async function handle(url: URL, req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method === "GET" && url.pathname === "/login/oauth/authorize") {
      const params = url.searchParams;
      if (params.get("client_id") !== clientId) return send(res, 400, "unknown client_id", "text/plain");
      const hidden = ["redirect_uri", "state", "code_challenge", "code_challenge_method", "scope"]
        .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? "")}">`)
        .join("");
      return send(
        res,
        200,
        `<!doctype html><html lang="en"><head><title>Sign in to GitHub (stand-in)</title><link rel="icon" href="data:,"></head><body>
<main><h1>Sign in to GitHub</h1><p>Local stand-in for tests.</p>
<form method="post" action="/login/oauth/authorize">${hidden}
<label>Username <input name="login" autocomplete="username" required></label>
<button type="submit">Authorize</button></form></main></body></html>`,
        "text/html; charset=utf-8",
      );
    }
    if (req.method === "POST" && url.pathname === "/login/oauth/authorize") {
      const form = await readForm(req);
      const login = (form.get("login") ?? "").trim();
      const redirectUri = form.get("redirect_uri") ?? "";
      if (!/^[A-Za-z0-9-]{1,39}$/.test(login)) return send(res, 400, "bad login", "text/plain");
      const code = randomBytes(16).toString("hex");
      codes.set(code, {
        login,
        redirectUri,
        challenge: form.get("code_challenge_method") === "S256" ? form.get("code_challenge") : null,
        expires: Date.now() + 60_000,
      });
      const target = new URL(redirectUri);
      target.searchParams.set("code", code);
      if (form.get("state")) target.searchParams.set("state", form.get("state")!);
      res.writeHead(302, { location: target.toString() });
      return res.end();
    }
    if (req.method === "POST" && url.pathname === "/login/oauth/access_token") {
      const form = await readForm(req);
      const [id, secret] = basicAuth(req) ?? [form.get("client_id"), form.get("client_secret")];
      if (id !== clientId || secret !== clientSecret) return send(res, 401, { error: "incorrect_client_credentials" });
      const code = form.get("code") ?? "";
      const pending = codes.get(code);
      codes.delete(code); // single use
      if (!pending || pending.expires < Date.now()) return send(res, 400, { error: "bad_verification_code" });
      if (form.get("redirect_uri") && form.get("redirect_uri") !== pending.redirectUri) {
        return send(res, 400, {
          error: "redirect_uri_mismatch",
          error_description: `${form.get("redirect_uri")} != ${pending.redirectUri}`,
        });
      }
      if (pending.challenge) {
        const verifier = form.get("code_verifier") ?? "";
        const expected = createHash("sha256").update(verifier).digest("base64url");
        if (expected !== pending.challenge)
          return send(res, 400, { error: "invalid_grant", error_description: "PKCE" });
      }
      const token = `gho_${randomBytes(18).toString("hex")}`;
      tokens.set(token, pending.login);
      return send(res, 200, { access_token: token, token_type: "bearer", scope: "read:user,user:email" });
    }
    const bearer = /^(?:Bearer|token) (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const login = bearer ? tokens.get(bearer) : undefined;
    if (url.pathname === "/api/v3/user" || url.pathname === "/api/v3/user/emails") {
      if (!login) return send(res, 401, { message: "Bad credentials" });
      if (url.pathname === "/api/v3/user/emails") {
        return send(res, 200, [{ email: `${login.toLowerCase()}@users.stand-in.test`, primary: true, verified: true }]);
      }
      return send(res, 200, {
        id: githubIdOf(login),
        login,
        name: `${login} (stand-in)`,
        email: null,
        avatar_url: `${standInUrl}/avatars/${login}.svg`,
      });
    }
    const avatar = /^\/avatars\/([A-Za-z0-9-]+)\.svg$/.exec(url.pathname);
    if (avatar) {
      const hue = githubIdOf(avatar[1]!) % 360;
      return send(
        res,
        200,
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="hsl(${hue} 60% 45%)"/></svg>`,
        "image/svg+xml",
      );
    }
    return send(res, 404, { message: "Not Found" });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const standInUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: standInUrl,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

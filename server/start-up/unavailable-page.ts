import "server-only";

import { RETRY_AFTER_SECONDS } from "../platform/database-unavailable";

/**
 * The page a visitor gets while the database is unreachable: plain HTML with its
 * own styles (light and dark), status 503 and Retry-After, built without touching
 * anything that needs the database. It reloads itself when the time is up.
 */
export function unavailablePage(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}">
<title>Waymark is briefly unavailable</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f8fafc; color: #0f172a; }
  main { max-width: 32rem; padding: 2rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
  p { line-height: 1.6; margin: 0 0 1rem; }
  a { color: #1d4ed8; }
  @media (prefers-color-scheme: dark) { body { background: #0f172a; color: #e2e8f0; } a { color: #93c5fd; } }
</style>
</head>
<body>
<main>
  <h1>Waymark is briefly unavailable</h1>
  <p>We cannot reach our database right now. Nothing you saved is lost; this page tries again by itself in a few seconds.</p>
  <p><a href="">Try again now</a></p>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
    },
  });
}

// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// The request's language and messages: i18n/request.ts (docs/languages.md).
// Messages are compiled when the app is built, so neither the server nor the browser parses ICU
// syntax at run time (and the browser gets no parser at all).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The production image (Dockerfile) is a self-contained server: server.js and only
  // the packages it loads. `npm start` and the tests run `next start` on a normal build.
  output: process.env.WAYMARK_STANDALONE === "1" ? "standalone" : undefined,
  // The image check builds beside the normal build instead of over it.
  distDir: process.env.WAYMARK_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm run validate` and CI type-check the whole project (tsc); a build for a quick local
  // check while other work is half done may skip it (WAYMARK_SKIP_TYPECHECK=1). CI never sets it.
  typescript: { ignoreBuildErrors: process.env.WAYMARK_SKIP_TYPECHECK === "1" },
  // `next dev` opened as http://127.0.0.1:3000 (not only localhost) may load lazy chunks.
  allowedDevOrigins: ["127.0.0.1"],
  // Native, WebAssembly and worker-thread packages load from node_modules at run
  // time instead of being bundled (PGlite and the schema engine read .wasm files).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@prisma/adapter-pg",
    "pg",
    "pino",
    "ioredis",
    "proper-lockfile",
    // One registry per process, whichever bundle records a metric.
    "prom-client",
  ],
  // Browsers and crawlers still ask for /favicon.ico before (or without) reading a
  // page's icon links (streamed pages send those late): the PNG icon answers it.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon-192.png" }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Pages get theirs, with a nonce, from proxy.ts; API answers need no sources at all.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
  ],
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
    ];
  },
};

export default nextConfig;

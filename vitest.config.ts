import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests run server modules outside Next.js, where the `server-only` marker would throw.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: [
            "app/**/*.test.ts",
            "server/**/*.test.ts",
            "shared/**/*.test.ts",
            "graphql/**/*.test.ts",
            "prisma/**/*.test.ts",
            "components/**/*.test.ts",
            "deploy/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: [
            "app/**/*.int.test.ts",
            "server/**/*.int.test.ts",
            "shared/**/*.int.test.ts",
            "graphql/**/*.int.test.ts",
            "prisma/**/*.int.test.ts",
            "e2e/support/**/*.int.test.ts",
          ],
          globalSetup: ["e2e/support/vitest-global-setup.ts"],
          setupFiles: ["e2e/support/vitest-integration-env.ts"],
          env: { LOG_LEVEL: "error" },
          // next-auth imports "next/server" without an extension, which only a bundler resolves.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

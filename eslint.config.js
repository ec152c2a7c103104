import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-image*/**",
      "server/db/generated/**",
      "graphql/generated/**",
      "components/**/*.generated.ts",
      "test-results/**",
      "test-reports/**",
      "playwright-report/**",
      "e2e/artifacts/**",
      "next-env.d.ts",
      ".scratch/**",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{js,jsx,mjs,ts,tsx}"],
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Command-line tools and test support talk to the terminal.
    files: ["prisma/**", "e2e/**", ".ci/**", "instrumentation.ts"],
    rules: { "no-console": "off" },
  },
  {
    // CommonJS configuration files (dependency-cruiser's) load modules with require.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Every e2e test fails on errors in its browsers: that check lives in e2e/fixtures.ts.
    files: ["e2e/**/*.spec.ts"],
    ignores: ["e2e/resilience/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test"],
              message: "Import test from e2e/fixtures.ts: it fails a test on any error in its browsers.",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];
export default config;

import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";
import jsxA11y from "eslint-plugin-jsx-a11y";

/*
 * Issue 25: the interface's words come from messages/<tag>.json (docs/languages.md). Text in JSX
 * and the attributes people read or hear may hold no letters of their own: punctuation, symbols and
 * numbers are not language. Names (Waymark, GitHub, GraphQL), constants (NOT_STARTED), key caps
 * (<kbd>) and code (<code>, <pre>) are not either.
 */
const NO_LITERAL_STRING = [
  "error",
  {
    mode: "jsx-only",
    "jsx-attributes": {
      include: [
        "aria-label",
        "aria-description",
        "aria-roledescription",
        "aria-valuetext",
        "aria-placeholder",
        "title",
        "placeholder",
        "alt",
        "label",
      ],
    },
    "jsx-components": { exclude: ["kbd", "code", "pre"] },
    callees: { exclude: ["t", "t\\.(rich|markup|raw|has)", "useTranslations", "pageTranslations"] },
    words: { exclude: [/^[^\p{L}]*$/u, /^[A-Z][A-Z0-9_]+$/u, /^(Waymark( API)?|GitHub|GraphQL|GraphiQL)$/u] },
    message: "Words in the interface come from messages/<tag>.json (docs/languages.md), not from the code",
  },
];

/*
 * Right to left (Arabic): spacing, positions, borders, corners and alignment use Tailwind's logical
 * classes (ms-, me-, ps-, pe-, start-, end-, border-s, rounded-e, text-start...), which turn with
 * the page's dir; the physical ones (ml-, pr-, left-, border-l, text-right...) would not. Any
 * variant prefix counts (sm:ml-2, focus:left-2, dark:border-l-amber-400), and so does a negative.
 */
const PHYSICAL_CLASS =
  "(^|\\s)([^\\s:]+:)*-?(((m|p|scroll-m|scroll-p)[lr]|left|right|inset-[lr])-|(border-[lr]|rounded-[lr]|rounded-[tb][lr]|text-(left|right)|float-(left|right)|clear-(left|right))(-|!|\\s|$))";
const PHYSICAL_CLASS_MESSAGE =
  "A physical-direction Tailwind class does not turn in Arabic: use the logical one (ms-/me-, ps-/pe-, start-/end-, border-s/-e, rounded-s/-e, text-start/-end)";

/*
 * Words a component keeps in state to show later (setMessage(`Added ${n} changes`)) escape the
 * JSX-only rule above: a setter given a phrase (two words of lowercase letters) is refused too.
 */
const PHRASE = "/[a-z]{2,} [a-z]{2,}/";
const PHRASE_MESSAGE = NO_LITERAL_STRING[1].message;

const config = [
  {
    ignores: [
      "node_modules/**",
      // Every build folder: .next, and the parallel builds' .next-image*, .next-<name>.
      ".next*/**",
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
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    plugins: { i18next },
    rules: { "i18next/no-literal-string": NO_LITERAL_STRING },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: `Literal[value=/${PHYSICAL_CLASS}/]`, message: PHYSICAL_CLASS_MESSAGE },
        { selector: `TemplateElement[value.raw=/${PHYSICAL_CLASS}/]`, message: PHYSICAL_CLASS_MESSAGE },
        { selector: `CallExpression[callee.name=/^set[A-Z]/] > Literal[value=${PHRASE}]`, message: PHRASE_MESSAGE },
        {
          selector: `CallExpression[callee.name=/^set[A-Z]/] > TemplateLiteral > TemplateElement[value.raw=${PHRASE}]`,
          message: PHRASE_MESSAGE,
        },
      ],
    },
  },
  {
    // A server component's translator is kept by the process (server/i18n/server-translator.ts).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "server/**/*.{ts,tsx}", "graphql/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getTranslations"],
              allowTypeImports: true,
              message:
                "Take pageTranslations from server/i18n/server-translator.ts: the same translator, kept by the process instead of made for each request.",
            },
          ],
        },
      ],
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

import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * The lint rules that keep the interface translatable (eslint.config.js, docs/languages.md): no
 * words written in a component, and no physical-direction Tailwind class, which would not turn in
 * Arabic. They are proven here on sample components through the project's own configuration, so
 * that a change to the configuration (or to the plugin) cannot switch them off unnoticed.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
// A path the rules cover, and that no allowlist names: the file itself need not exist.
const SAMPLE = path.join(ROOT, "components/interface-lint-sample.tsx");

let eslint: ESLint;
// The first lint loads the whole configuration and its plugins (seconds on a busy machine): done
// here, with time to spare, so that no single check carries it within the test timeout.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText("export {};\n", { filePath: SAMPLE });
}, 120_000);

/** The two rules' problems, as "rule@line", each once. */
async function problems(code: string, filePath = SAMPLE): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const found = (result?.messages ?? [])
    .filter((message) => message.ruleId === "i18next/no-literal-string" || message.ruleId === "no-restricted-syntax")
    .map((message) => `${message.ruleId}@${message.line}`);
  return [...new Set(found)];
}

const TRANSLATED = `import { useTranslations } from "next-intl";

export function Sample({ count, name }: { count: number; name: string }) {
  const t = useTranslations("Sample");
  return (
    <section aria-label={t("label")} className="ms-2 ps-4 text-start sm:me-6 border-s-4 rounded-e-lg">
      <h2 title={t("title")}>{t("heading", { count })}</h2>
      <p>
        {t.rich("body", { strong: (chunks) => <strong>{chunks}</strong> })} · {count} — {name}
        {" "}(42%) <kbd>Ctrl K</kbd> <code>query {"{"} viewer {"}"}</code> Waymark
      </p>
      <input placeholder={t("placeholder")} aria-describedby="x" />
      <img src="/a.png" alt="" />
    </section>
  );
}
`;

describe("no words written in a component", () => {
  it("lets a translated component through, with its punctuation, numbers, key caps, code and names", async () => {
    expect(await problems(TRANSLATED)).toEqual([]);
  });

  it.each([
    ["JSX text", `<p>Hello there</p>`],
    ["a string in JSX", `<p>{ok ? "Saved" : "Not saved"}</p>`],
    ["aria-label", `<nav aria-label="Main" />`],
    ["title", `<span title="Opens in a new tab">{n}</span>`],
    ["placeholder", `<input placeholder="Search by name" />`],
    ["alt", `<img src="/a.png" alt="A roadmap" />`],
    ["our components' label", `<Button label="Delete my account" />`],
    ["Arabic, or any language", `<p>مرحبا</p>`],
  ])("fails on %s", async (_, jsx) => {
    const code = `export function Sample({ ok, n }: { ok: boolean; n: number }) {\n  return ${jsx};\n}\n`;
    expect(await problems(code)).toEqual(["i18next/no-literal-string@2"]);
  });

  it("covers app/ as well as components/, and not tests", async () => {
    const code = `export default function Page() {\n  return <h1>Dashboard</h1>;\n}\n`;
    expect(await problems(code, path.join(ROOT, "app/interface-lint-sample/page.tsx"))).toEqual([
      "i18next/no-literal-string@2",
    ]);
    expect(await problems(code, path.join(ROOT, "components/interface-lint-sample.test.tsx"))).toEqual([]);
  });
});

describe("no physical-direction Tailwind class", () => {
  it.each([
    "ml-2",
    "mr-auto",
    "-ml-px",
    "pl-5",
    "pr-3",
    "sm:ml-6",
    "focus:left-2",
    "left-0",
    "right-2",
    "text-left",
    "text-right",
    "border-l",
    "border-r-2",
    "dark:border-l-amber-400",
    "rounded-l-md",
    "rounded-tr-lg",
    "float-right",
  ])("fails on %s, in a string or a template", async (physical) => {
    const code = `export function Sample({ on }: { on: boolean }) {
  const extra = "block ${physical}";
  return <p className={\`p-2 \${on ? extra : ""} ${physical}\`}>{on}</p>;
}
`;
    expect(await problems(code)).toEqual(["no-restricted-syntax@2", "no-restricted-syntax@3"]);
  });

  it("lets the logical ones through, and words that only look alike", async () => {
    const code = `export function Sample() {
  const side = "left";
  return <p className="ms-2 me-auto ps-5 pe-3 start-0 end-2 text-start text-end border-s border-e-2 rounded-s-md border-red-300 rtl:-scale-x-100 -translate-x-1/2" data-side={side} />;
}
`;
    expect(await problems(code)).toEqual([]);
  });
});

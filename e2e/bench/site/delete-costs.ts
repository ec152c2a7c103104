import pg from "pg";
import { postGraphql } from "../../support/graphql-over-http";
import type { Site } from "./compare-sites";
import { DELETE_ACCOUNT, DELETE_ROADMAP } from "./operations";

export interface DeleteTimings {
  site: string;
  deleteRoadmapMs: number[];
  deleteAccountMs: number[];
}

/**
 * deleteRoadmap of roadmaps with 500 followers, and deleteAccount of learners
 * with 50 roadmaps, through the API, one at a time, each on a fresh victim.
 */
export async function timeDeletes(site: Site): Promise<DeleteTimings> {
  const { roadmapOwner, accountVictims } = site.learners;
  const timed = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const started = performance.now();
    const answer = await postGraphql<Record<string, boolean>>(site.waymark.url, query, variables, { cookie });
    const ms = performance.now() - started;
    if (answer.errors?.length || !Object.values(answer.data ?? {})[0]) {
      throw new Error(`${site.label} site: ${JSON.stringify(answer.errors ?? answer.data).slice(0, 300)}`);
    }
    return ms;
  };
  const deleteRoadmapMs: number[] = [];
  for (const roadmapId of roadmapOwner.victims) {
    deleteRoadmapMs.push(await timed(DELETE_ROADMAP, { roadmapId }, roadmapOwner.cookie));
  }
  const deleteAccountMs: number[] = [];
  for (const victim of accountVictims) {
    deleteAccountMs.push(await timed(DELETE_ACCOUNT, { login: victim.login }, victim.cookie));
  }
  console.error(
    `${site.label} site: deleteRoadmap ${deleteRoadmapMs.map((ms) => ms.toFixed(0)).join(", ")} ms; ` +
      `deleteAccount ${deleteAccountMs.map((ms) => ms.toFixed(0)).join(", ")} ms`,
  );
  return { site: site.label, deleteRoadmapMs, deleteAccountMs };
}

export interface CascadeStatement {
  /** The statement as run: the delete itself, or a foreign key's cascade (run once per parent row). */
  query: string;
  runs: number;
  totalMs: number;
  /** The plan of its slowest run, with actual rows and buffers. */
  slowestPlan: string;
  /** "Seq Scan on <table>" lines in any of its runs, each once. */
  seqScans: string[];
}

export interface CascadePlan {
  statement: string;
  ms: number;
  plans: number;
  statements: CascadeStatement[];
}

/** auto_explain's notices grouped by statement: a cascade runs once per deleted parent row. */
function groupPlans(notices: string[]): CascadeStatement[] {
  const byQuery = new Map<string, CascadeStatement & { slowestMs: number }>();
  for (const notice of notices) {
    const ms = Number(/duration: ([\d.]+) ms/.exec(notice)?.[1] ?? 0);
    const query = /Query Text: (.*)/.exec(notice)?.[1]?.trim() ?? "?";
    const plan = notice.slice(notice.indexOf("\n") + 1);
    const entry = byQuery.get(query) ?? { query, runs: 0, totalMs: 0, slowestPlan: plan, slowestMs: -1, seqScans: [] };
    entry.runs += 1;
    entry.totalMs += ms;
    if (ms > entry.slowestMs) Object.assign(entry, { slowestMs: ms, slowestPlan: plan });
    for (const line of plan.split("\n")) {
      const scan = /Seq Scan on (\S+)/.exec(line)?.[0];
      if (scan && !entry.seqScans.includes(scan)) entry.seqScans.push(scan);
    }
    byQuery.set(query, entry);
  }
  return [...byQuery.values()].map(({ slowestMs: _slowestMs, ...entry }) => entry);
}

/**
 * The plans of the deletes the API sends, cascades included: auto_explain
 * (loaded into this session only) explains every statement the delete runs,
 * the foreign keys' cascades too, with ANALYZE and BUFFERS, and hands each plan
 * to this client as a notice. The delete runs in a transaction rolled back, on
 * a victim the timed deletes have not reached yet (call this first).
 */
export async function cascadePlans(site: Site): Promise<CascadePlan[]> {
  const client = new pg.Client({ connectionString: site.databaseUrl });
  await client.connect();
  let notices: string[] = [];
  client.on("notice", (notice) => notices.push(notice.message ?? ""));
  try {
    await client.query(`LOAD 'auto_explain'`);
    for (const setting of [
      "auto_explain.log_min_duration = 0",
      "auto_explain.log_analyze = on",
      "auto_explain.log_buffers = on",
      "auto_explain.log_nested_statements = on",
      "auto_explain.log_level = notice",
    ]) {
      await client.query(`SET ${setting}`);
    }
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "login" = $1`, [
      site.learners.accountVictims.at(-1)!.login,
    ]);
    const deletes = [
      { statement: `DELETE FROM "Roadmap" WHERE "id" = $1`, value: site.learners.roadmapOwner.victims.at(-1)! },
      { statement: `DELETE FROM "User" WHERE "id" = $1`, value: rows[0]!.id },
    ];
    const explained: CascadePlan[] = [];
    for (const { statement, value } of deletes) {
      notices = [];
      await client.query("BEGIN");
      const started = performance.now();
      await client.query(statement, [value]);
      const ms = performance.now() - started;
      await client.query("ROLLBACK");
      const plans = notices.filter((notice) => notice.includes("plan:"));
      explained.push({
        statement: `${statement} (${value}, rolled back)`,
        ms,
        plans: plans.length,
        statements: groupPlans(plans),
      });
    }
    return explained;
  } finally {
    await client.end();
  }
}

import fs from "node:fs";
import pg from "pg";
import type { LoadRequest } from "../support/load-window";
import type { Site } from "./compare-sites";

/*
 * Issue 21, point 3: every statement the app sends on a hot path, explained on
 * the large site. pg_stat_statements needs a server restart to load, which a
 * shared PostgreSQL cannot have, so the statements come from PostgreSQL's own
 * log instead: `log_statement = 'all'` set on the benchmark's database alone
 * (new connections only, hence the server's restart), each hot-path request
 * sent a few times, the setting removed. Each distinct statement is then
 * explained with the parameters it was sent with.
 */

/** The tables that grow with the site: a sequential scan over one of them costs more as the site grows. */
const SITE_TABLES = ["Roadmap", "Item", "Progress", "ProgressEvent", "Note"];
const SEQ_SCAN = new RegExp(`Seq Scan on "(${SITE_TABLES.join("|")})"`);

export interface ExplainedStatement {
  sql: string;
  parameters: (string | null)[];
  plan: string;
}

export interface PlanCheck {
  logFile: string | null;
  skipped?: string;
  statements: number;
  /** Statements whose plan scans a site table sequentially, with that plan. */
  seqScans: ExplainedStatement[];
  /** Statements EXPLAIN refused (a parameter whose type it could not tell, for instance). */
  unexplained: { sql: string; error: string }[];
}

async function postgresLogFile(client: pg.Client): Promise<string | null> {
  const configured = process.env.BENCH_POSTGRES_LOG;
  if (configured) return configured;
  const { rows } = await client.query<{ file: string | null; dir: string; major: string }>(
    `SELECT pg_current_logfile() AS file, current_setting('data_directory') AS dir,
       (current_setting('server_version_num')::int / 10000)::text AS major`,
  );
  const { file, dir, major } = rows[0]!;
  // Without the logging collector, Debian's cluster wrapper sends stderr here.
  const candidates = [
    file && (file.startsWith("/") ? file : `${dir}/${file}`),
    `/var/log/postgresql/postgresql-${major}-main.log`,
  ];
  return candidates.find((candidate): candidate is string => !!candidate && isReadable(candidate)) ?? null;
}

function isReadable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** Statements of one database in a PostgreSQL log with the default Debian prefix ('%m [%p] %q%u@%d '). */
export function statementsInLog(text: string, database: string): { sql: string; parameters: (string | null)[] }[] {
  const entries: { pid: string; database: string; level: string; message: string }[] = [];
  const start = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (?:\S*@(\S*) )?(\w+):  ([\s\S]*)$/;
  for (const line of text.split("\n")) {
    const match = start.exec(line);
    if (match) entries.push({ pid: match[1]!, database: match[2] ?? "", level: match[3]!, message: match[4]! });
    else if (line.startsWith("\t") && entries.length > 0) entries.at(-1)!.message += `\n${line.slice(1)}`;
  }
  const statements: { sql: string; parameters: (string | null)[] }[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.database !== database || entry.level !== "LOG") continue;
    const statement = /^(?:execute [^:]*|statement): ([\s\S]*)$/.exec(entry.message);
    if (!statement) continue;
    const detail = entries.slice(index + 1).find((next) => next.pid === entry.pid);
    const parameters =
      detail?.level === "DETAIL" && detail.message.startsWith("parameters: ")
        ? [...detail.message.matchAll(/\$\d+ = (NULL|'((?:[^']|'')*)')/g)].map((m) =>
            m[1] === "NULL" ? null : m[2]!.replace(/''/g, "'"),
          )
        : [];
    statements.push({ sql: statement[1]!.trim(), parameters });
  }
  return statements;
}

export async function checkHotPathPlans(site: Site, requests: LoadRequest[], repeat = 3): Promise<PlanCheck> {
  const admin = new pg.Client({ connectionString: site.databaseUrl });
  await admin.connect();
  try {
    const logFile = await postgresLogFile(admin);
    if (!logFile) {
      return {
        logFile,
        skipped: "PostgreSQL's log is not readable here (set BENCH_POSTGRES_LOG)",
        statements: 0,
        seqScans: [],
        unexplained: [],
      };
    }
    const offset = fs.statSync(logFile).size;
    await admin.query(`ALTER DATABASE "${site.databaseName}" SET log_statement = 'all'`);
    try {
      await site.waymark.restart();
      for (const request of requests) {
        for (let sent = 0; sent < repeat; sent += 1) {
          const answer = await fetch(`${site.waymark.url}${request.path}`, {
            method: request.method,
            headers: { ...request.headers, connection: "close" },
            body: request.body,
            signal: AbortSignal.timeout(60_000),
          });
          await answer.arrayBuffer();
        }
      }
    } finally {
      await admin.query(`ALTER DATABASE "${site.databaseName}" RESET log_statement`);
    }
    const handle = fs.openSync(logFile, "r");
    const length = fs.fstatSync(handle).size - offset;
    const buffer = Buffer.alloc(Math.max(0, length));
    fs.readSync(handle, buffer, 0, buffer.length, offset);
    fs.closeSync(handle);
    const distinct = new Map<string, (string | null)[]>();
    for (const statement of statementsInLog(buffer.toString("utf8"), site.databaseName)) {
      if (/^\s*(select|with|insert|update|delete)\b/i.test(statement.sql) && !distinct.has(statement.sql)) {
        distinct.set(statement.sql, statement.parameters);
      }
    }
    const seqScans: ExplainedStatement[] = [];
    const unexplained: { sql: string; error: string }[] = [];
    for (const [sql, parameters] of distinct) {
      try {
        await admin.query("BEGIN");
        const { rows } = await admin.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, parameters);
        const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
        if (SEQ_SCAN.test(plan)) seqScans.push({ sql, parameters, plan });
      } catch (error) {
        unexplained.push({ sql, error: (error as Error).message });
      } finally {
        await admin.query("ROLLBACK");
      }
    }
    return { logFile, statements: distinct.size, seqScans, unexplained };
  } finally {
    await admin.end();
  }
}

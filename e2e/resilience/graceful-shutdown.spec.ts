import http from "node:http";
import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { DATABASE_KINDS, startWaymark } from "../support/waymark-under-test";
import { ProbeSummary } from "./support/probe-summary";

/*
 * SIGTERM while keep-alive clients keep writing: the server stops taking
 * connections, answers what is in flight with `Connection: close`, and exits
 * within its bound although the clients never stop sending. Every write it
 * acknowledged is in the database afterwards.
 */

const SHUTDOWN_TIMEOUT_MS = 10_000;
const SET_STATUS = `mutation Set($itemId: ID!) { setItemStatus(input: { itemId: $itemId, status: DONE }) { status } }`;

interface Reply {
  status: number;
  connection: string | undefined;
  body: string;
}

function post(agent: http.Agent, url: string, cookie: string, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/graphql`,
      { method: "POST", agent, headers: { "content-type": "application/json", cookie } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: text }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

for (const kind of DATABASE_KINDS) {
  test(`SIGTERM drains keep-alive clients and exits in time (${kind})`, async () => {
    const summary = new ProbeSummary(`graceful-shutdown-${kind}`);
    const waymark = await startWaymark(kind, {
      port: kind === "postgres" ? 3380 : 3390,
      // At info level the server logs when its drain begins.
      env: { SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS), RATE_LIMIT_PER_MINUTE: "100000", LOG_LEVEL: "info" },
    });
    const logins = Array.from({ length: 8 }, (_, index) => `drain-${index}-${randomBytes(3).toString("hex")}`);
    try {
      const cookies = await Promise.all(logins.map((login) => waymark.signIn(login)));
      const roadmap = (await (
        await fetch(`${waymark.url}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ roadmap(slug: "backend") { sections { items { id } } } }` }),
        })
      ).json()) as { data: { roadmap: { sections: { items: { id: string }[] }[] } } };
      const items = roadmap.data.roadmap.sections.flatMap((section) => section.items.map((item) => item.id));

      const acknowledged: string[] = [];
      let signalledAt = Infinity;
      // When each answer arrived on each connection, and whether it closed it.
      const answers = logins.map(() => [] as { at: number; closes: boolean }[]);
      let exited = false;
      // Eight keep-alive clients, one learner each, every write on an item that learner never wrote.
      const writers = cookies.map(async (cookie, writer) => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        for (let next = 0; !exited && next < items.length;) {
          summary.tried += 1;
          try {
            const reply = await post(
              agent,
              waymark.url,
              cookie,
              JSON.stringify({ query: SET_STATUS, variables: { itemId: items[next] } }),
            );
            answers[writer]!.push({ at: Date.now(), closes: reply.connection === "close" });
            if (reply.status === 200 && !reply.body.includes('"errors"')) {
              acknowledged.push(`${logins[writer]}/${items[next]}`);
              next += 1;
            } else {
              summary.error(`HTTP ${reply.status}: ${reply.body.slice(0, 200)}`);
            }
          } catch (error) {
            // Refused or reset once the server stops taking requests: expected after the signal.
            if (Date.now() < signalledAt) summary.error(`before the signal: ${(error as Error).message}`);
            else summary.refused += 1;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
        agent.destroy();
      });

      await new Promise((resolve) => setTimeout(resolve, 2000));
      const beforeSignal = acknowledged.length;
      signalledAt = Date.now();
      const drainMs = await waymark.server.terminate(SHUTDOWN_TIMEOUT_MS + 5000);
      exited = true;
      await Promise.all(writers);

      if (drainMs === null) summary.error(`still running ${SHUTDOWN_TIMEOUT_MS + 5000} ms after SIGTERM`);
      else if (drainMs > SHUTDOWN_TIMEOUT_MS) summary.error(`exited ${drainMs} ms after SIGTERM`);
      // The drain begins when the server handles the signal (its log says when),
      // which a busy event loop can put a little after we sent it. From then on a
      // connection may deliver the one answer already on its way, then must close.
      const drainLine = waymark.server
        .output()
        .split("\n")
        .find((line) => line.includes("shutting down: draining requests"));
      const drainStart = drainLine ? (JSON.parse(drainLine) as { time: number }).time : signalledAt;
      if (!drainLine) summary.error("the server never logged the start of its drain");
      const afterDrain = answers.map((list) => list.filter((answer) => answer.at > drainStart));
      const reused = afterDrain.filter((list) => list.filter((answer) => !answer.closes).length > 1).length;
      if (reused > 0) summary.error(`${reused} connections kept serving after the drain began`);
      const answeredAfter = afterDrain.flat();
      summary.note(
        `drain began ${drainStart - signalledAt} ms after SIGTERM, exit ${drainMs} ms after it; ` +
          `${beforeSignal} writes acknowledged before the signal, ${answeredAfter.length} answered during the drain ` +
          `(${answeredAfter.filter((answer) => answer.closes).length} with Connection: close)`,
      );

      const stored = await waymark.inspect(async (db) => {
        const rows = await db.progress.findMany({
          where: { user: { login: { in: logins } }, status: "DONE" },
          select: { itemId: true, user: { select: { login: true } } },
        });
        return new Set(rows.map((row) => `${row.user.login}/${row.itemId}`));
      });
      summary.lost = acknowledged.filter((pair) => !stored.has(pair)).length;
      summary.note(`${acknowledged.length} acknowledged, ${acknowledged.length - summary.lost} present`);
    } finally {
      await waymark.stop();
    }
    await summary.finish();
  });
}

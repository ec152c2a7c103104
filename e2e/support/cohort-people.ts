import type { APIRequestContext, Browser, BrowserContextOptions } from "@playwright/test";
import type { Db } from "../../server/db/client";
import { createSession, createUser } from "./factories";

/*
 * Learners of the cohort e2e specs, each in a browser context of their own
 * (signed in with a database session, as a GitHub sign-in leaves it), and the
 * cohort operations they send over HTTP where the page is not what a test is about.
 */

export async function cohortPerson(
  browser: Browser,
  baseURL: string,
  db: Db,
  options: BrowserContextOptions & { name?: string } = {},
) {
  const { name, ...contextOptions } = options;
  const user = await createUser(db);
  if (name !== undefined) await db.user.update({ where: { id: user.id }, data: { name } });
  const context = await browser.newContext({ baseURL, ...contextOptions });
  await context.addCookies([{ name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL }]);
  const page = await context.newPage();
  return { user, login: user.login!, context, page };
}

export type CohortPerson = Awaited<ReturnType<typeof cohortPerson>>;

export async function graphql<T>(request: APIRequestContext, query: string, variables: object = {}): Promise<T> {
  const response = await request.post("/api/graphql", {
    headers: { "content-type": "application/json" },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function backendRoadmapId(db: Db): Promise<string> {
  return (await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } })).id;
}

/** A cohort on the Backend roadmap made over the API: its id and invite path. */
export async function apiCohort(owner: CohortPerson, db: Db, name: string, extra: object = {}) {
  const data = await graphql<{ createCohort: { id: string; inviteUrl: string } }>(
    owner.context.request,
    `
      mutation ($input: CreateCohortInput!) {
        createCohort(input: $input) {
          id
          inviteUrl
        }
      }
    `,
    { input: { roadmapId: await backendRoadmapId(db), name, ...extra } },
  );
  return { id: data.createCohort.id, invitePath: data.createCohort.inviteUrl };
}

export async function apiJoin(member: CohortPerson, invitePath: string): Promise<void> {
  await graphql(
    member.context.request,
    `
      mutation ($invite: String!) {
        joinCohort(input: { invite: $invite }) {
          id
        }
      }
    `,
    {
      invite: invitePath,
    },
  );
}

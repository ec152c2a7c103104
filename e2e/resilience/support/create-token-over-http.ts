import { postGraphql } from "../../support/graphql-over-http";

export type Scope = "READ_PROGRESS" | "WRITE_PROGRESS" | "WRITE_ROADMAPS" | "COHORTS";

/** Creates a personal access token through the API, as a learner does from the settings page. */
export async function createTokenOverHttp(
  baseUrl: string,
  cookie: string,
  scopes: Scope[],
  name = "probe",
): Promise<{ id: string; token: string }> {
  const answer = await postGraphql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    baseUrl,
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`,
    { input: { name, scopes } },
    { cookie },
  );
  const created = answer.data?.createApiToken;
  if (!created) throw new Error(`createApiToken failed: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  return { id: created.apiToken.id, token: created.token };
}

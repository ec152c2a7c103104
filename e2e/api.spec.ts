import { GRAPHQL_LIMITS } from "../graphql/limits";
import { expect, test } from "./fixtures";
import { createApiToken } from "./support/api-tokens";

const JSON_HEADERS = { "content-type": "application/json" };

test.describe("GraphQL over HTTP", () => {
  test("answers queries, with introspection on for the playground", async ({ request }) => {
    const response = await request.post("/api/graphql", {
      headers: JSON_HEADERS,
      data: { query: "{ roadmaps { slug itemCount } __schema { queryType { name } } }" },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        // The built-in roadmaps, in title order.
        roadmaps: [
          { slug: "backend", itemCount: 44 },
          { slug: "devops", itemCount: 49 },
          { slug: "frontend", itemCount: 50 },
        ],
        __schema: { queryType: { name: "Query" } },
      },
    });
  });

  test("uses the session cookie: viewer works without a token", async ({ request, login }) => {
    const user = await login();
    const response = await request.post("/api/graphql", {
      headers: { ...JSON_HEADERS, cookie: `authjs.session-token=${user.sessionToken}` },
      data: { query: "{ viewer { login role } }" },
    });
    expect(await response.json()).toEqual({ data: { viewer: { login: user.login, role: "LEARNER" } } });
  });

  test("accepts personal access tokens, and answers 401 for bad or revoked ones", async ({ request, db }) => {
    const { token, id, login } = await createApiToken(db, ["READ_PROGRESS"]);
    const ask = (authorization: string) =>
      request.post("/api/graphql", {
        headers: { ...JSON_HEADERS, authorization },
        data: { query: "{ viewer { login } }" },
      });

    expect(await (await ask(`Bearer ${token}`)).json()).toEqual({ data: { viewer: { login } } });

    const bad = await ask("Bearer wmk_not-a-real-token-0000000000000000000000000000");
    expect(bad.status()).toBe(401);
    expect(bad.headers()["www-authenticate"]).toContain("Bearer");
    expect((await bad.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await ask("Basic abc")).status()).toBe(401);

    await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    const revoked = await ask(`Bearer ${token}`);
    expect(revoked.status()).toBe(401);
    expect((await revoked.json()).errors[0]).toMatchObject({
      message: "Invalid or revoked access token.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  test("a read-only token cannot write (FORBIDDEN), a write token can", async ({ request, db }) => {
    const item = await db.item.findFirstOrThrow({ where: { roadmap: { slug: "backend" } } });
    const mutation = {
      query: `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id } }`,
      variables: { id: item.id },
    };
    const reader = await createApiToken(db, ["READ_PROGRESS"]);
    const denied = await request.post("/api/graphql", {
      headers: { ...JSON_HEADERS, authorization: `Bearer ${reader.token}` },
      data: mutation,
    });
    expect((await denied.json()).errors[0].extensions.code).toBe("FORBIDDEN");
    const writer = await createApiToken(db, ["WRITE_PROGRESS"]);
    const allowed = await request.post("/api/graphql", {
      headers: { ...JSON_HEADERS, authorization: `Bearer ${writer.token}` },
      data: mutation,
    });
    expect(await allowed.json()).toEqual({ data: { setItemStatus: { id: item.id } } });
  });

  test("CSRF prevention: a simple GET without a preflight header is refused", async ({ request }) => {
    const blocked = await request.get("/api/graphql?query=%7Broadmaps%7Bslug%7D%7D");
    expect(blocked.status()).toBe(400);
    const allowed = await request.get("/api/graphql?query=%7Broadmaps%7Bslug%7D%7D", {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(allowed.status()).toBe(200);
  });

  test("accepts a JSON content type with a charset, and answers malformed JSON with a 400", async ({ request }) => {
    const withCharset = await request.post("/api/graphql", {
      headers: { "content-type": "application/json; charset=utf-8" },
      data: JSON.stringify({ query: "{ roadmaps { slug } }" }),
    });
    expect(withCharset.status()).toBe(200);
    const malformed = await request.post("/api/graphql", { headers: JSON_HEADERS, data: "{ not json" });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  test("refuses bodies over the size limit with 413", async ({ request }) => {
    const response = await request.post("/api/graphql", {
      headers: JSON_HEADERS,
      data: {
        query: "{ roadmaps { slug } }",
        variables: { padding: "x".repeat(GRAPHQL_LIMITS.maxBodyBytes + 100_000) },
      },
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  test("rejects abusive documents with a 400 and a clear message", async ({ request }) => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: roadmaps { slug }`).join(" ");
    const response = await request.post("/api/graphql", { headers: JSON_HEADERS, data: { query: `{ ${aliases} }` } });
    expect(response.status()).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/Aliases limit of 15 exceeded/);

    const tokens = await request.post("/api/graphql", {
      headers: JSON_HEADERS,
      data: { query: `{ roadmaps { ${"slug ".repeat(3000)} } }` },
    });
    expect(tokens.status()).toBe(400);
    expect((await tokens.json()).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  test("production errors suggest no field names and carry no stack trace", async ({ request }) => {
    const response = await request.post("/api/graphql", {
      headers: JSON_HEADERS,
      data: { query: "{ roadmapz { slug } }" },
    });
    const body = await response.json();
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  test("an admin operation is refused to a learner's session", async ({ request, login }) => {
    const user = await login();
    const response = await request.post("/api/graphql", {
      headers: { ...JSON_HEADERS, cookie: `authjs.session-token=${user.sessionToken}` },
      data: {
        query: `mutation { importRoadmap(input: { slug: "hack", markdown: "# X\\n## Y\\n- [ ] z" }) { created } }`,
      },
    });
    expect((await response.json()).errors[0].extensions.code).toBe("FORBIDDEN");
  });
});

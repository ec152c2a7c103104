import type { Db } from "../../server/db/client";
import type { TokenScope } from "../../server/db/generated/enums";
import { hashTokenSecret, newTokenSecret, tokenPrefix } from "../../server/services/tokens/token-secret";
import { createUser } from "./factories";

/** A user with a personal access token, stored as the app stores them (hash only). */
export async function createApiToken(db: Db, scopes: TokenScope[]) {
  const user = await createUser(db);
  const token = newTokenSecret();
  const row = await db.apiToken.create({
    data: { userId: user.id, name: "e2e", scopes, tokenHash: hashTokenSecret(token), prefix: tokenPrefix(token) },
  });
  return { token, id: row.id, login: user.login!, userId: user.id };
}

import { db, type Db } from "../../server/db/client";

/**
 * Integration tests use the app's own shared client (so query counting sees
 * what the services send) on this run's throwaway database.
 */
export function testDb(): Db {
  return db();
}

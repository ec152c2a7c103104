import { describe, expect, it } from "vitest";
import { withPostgresPool } from "../../../server/db/database-pool";
import { deployMigrations } from "../../../server/db/deploy-migrations";
import { findSchemaDrift } from "./dev-migrations";

describe("migrations", () => {
  it("match schema.prisma exactly (a schema change without its migration fails here)", async () => {
    expect(await findSchemaDrift(process.env.DATABASE_URL!)).toBeNull();
  });

  it("deploy is a no-op once applied", async () => {
    expect(await withPostgresPool(process.env.DATABASE_URL!, (pool) => deployMigrations(pool))).toEqual({
      applied: [],
    });
  });
});

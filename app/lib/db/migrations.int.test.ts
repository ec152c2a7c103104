import { describe, expect, it } from "vitest";
import { deployMigrations, findSchemaDrift } from "./migrations";

describe("migrations", () => {
  it("match schema.prisma exactly (a schema change without its migration fails here)", async () => {
    expect(await findSchemaDrift(process.env.DATABASE_URL!)).toBeNull();
  });

  it("deploy is a no-op once applied", async () => {
    expect(await deployMigrations(process.env.DATABASE_URL!)).toEqual({ applied: [] });
  });
});

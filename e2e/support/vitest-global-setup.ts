import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../server/db/client";
import { withPostgresPool } from "../../server/db/database-pool";
import { deployMigrations } from "../../server/db/deploy-migrations";
import { seedBuiltInRoadmaps } from "../../prisma/seed/seed-built-in-roadmaps";
import { createThrowawayDatabase } from "./throwaway-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Integration tests share one fresh database per run: migrated, seeded, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase("it");
  await withPostgresPool(database.url, (pool) => deployMigrations(pool));
  const client = createPrismaClient(database.url, 2);
  await seedBuiltInRoadmaps(client);
  await client.$disconnect();
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}

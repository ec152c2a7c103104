import pg from "pg";
import { createPrismaClient } from "../../../server/db/client";
import { deployMigrations } from "../../../server/db/deploy-migrations";
import { seedBuiltInRoadmaps } from "../../../prisma/seed/seed-built-in-roadmaps";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../support/throwaway-database";
import { generateSite, type GeneratedSite } from "./generate-site";
import type { SiteShape } from "./site-shape";

export interface PreparedSite {
  shape: SiteShape;
  database: ThrowawayDatabase;
  generated: GeneratedSite;
}

/**
 * A throwaway database with the app's migrations and its seed (the built-in
 * roadmap "backend"), as a server starting on it would leave it, then the
 * generated site. The server started afterwards finds nothing to migrate.
 */
export async function prepareSite(shape: SiteShape, log: (line: string) => void): Promise<PreparedSite> {
  const database = await createThrowawayDatabase(`site_${shape.label}`);
  try {
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    try {
      await deployMigrations(pool);
    } finally {
      await pool.end();
    }
    const client = createPrismaClient(database.url, 2);
    try {
      await seedBuiltInRoadmaps(client);
    } finally {
      await client.$disconnect();
    }
    const generated = await generateSite(database.url, shape, log);
    return { shape, database, generated };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

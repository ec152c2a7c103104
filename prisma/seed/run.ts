import fs from "node:fs";
import { createPrismaClient } from "../../server/db/client";
import { seedBuiltInRoadmaps } from "./seed-built-in-roadmaps";

// `npm run db:seed`: loads the built-in roadmaps into DATABASE_URL.
if (fs.existsSync(".env")) process.loadEnvFile(".env");
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:seed needs DATABASE_URL (the embedded database seeds itself when the app starts).");
  process.exit(1);
}
const client = createPrismaClient(url, 2);
try {
  for (const result of await seedBuiltInRoadmaps(client)) {
    if ("skipped" in result) {
      console.log(`${result.slug}: ${result.skipped}, nothing to do`);
      continue;
    }
    const { sections, items, retired, resources } = result.changes;
    console.log(
      `${result.slug}: ${result.created ? "created" : "updated"}; changed ${sections} sections, ${items} items, ` +
        `${resources} resources; retired ${retired}`,
    );
  }
} catch (error) {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.$disconnect();
}

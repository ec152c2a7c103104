import { inject } from "vitest";

// Runs in each test worker before the test files: point the app's modules at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");

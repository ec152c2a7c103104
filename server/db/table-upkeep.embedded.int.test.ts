import { runOnEmbeddedDatabase } from "@/e2e/support/embedded-test-database";
import { describeTableUpkeep } from "@/e2e/support/table-upkeep-scenario";

// The embedded database has no autovacuum at all: start-up always keeps its tables up.
runOnEmbeddedDatabase();
describeTableUpkeep("the embedded database");

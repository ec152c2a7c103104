import { db } from "../../../db/client";
import { describeExploreSearch } from "../../../../e2e/support/explore-search-scenario";
import { runOnEmbeddedDatabase } from "../../../../e2e/support/embedded-test-database";

// The same search tests on the embedded default: PGlite must load pg_trgm for the migration and the index.
runOnEmbeddedDatabase();
describeExploreSearch("the embedded database", db);

import { db } from "../../../db/client";
import { describeExploreSearch } from "../../../../e2e/support/explore-search-scenario";
import { runOnOwnPostgresDatabase } from "../../../../e2e/support/own-test-database";

// A database of its own: thousands of public roadmaps would fill every other file's Explore list.
runOnOwnPostgresDatabase("explore");
describeExploreSearch("PostgreSQL", db);

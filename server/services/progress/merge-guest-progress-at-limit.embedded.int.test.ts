import { db } from "../../db/client";
import { runOnEmbeddedDatabase } from "../../../e2e/support/embedded-test-database";
import { describeMergeAtLimit } from "../../../e2e/support/merge-at-limit-scenario";

// The same merge tests as on PostgreSQL, on the embedded default's single connection.
runOnEmbeddedDatabase();
describeMergeAtLimit("the embedded database", db);

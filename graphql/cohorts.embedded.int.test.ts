import { db } from "../server/db/client";
import { describeCohortRules } from "../e2e/support/cohort-rules-scenario";
import { runOnEmbeddedDatabase } from "../e2e/support/embedded-test-database";

// The same rules on the embedded default: one learner can run a cohort from a laptop.
runOnEmbeddedDatabase();
describeCohortRules("the embedded database", db);

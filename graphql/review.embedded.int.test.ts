import { db } from "../server/db/client";
import { describeReviewRules } from "../e2e/support/review-rules-scenario";
import { runOnEmbeddedDatabase } from "../e2e/support/embedded-test-database";

// The same rules on the embedded default: review works from a laptop with no PostgreSQL.
runOnEmbeddedDatabase();
describeReviewRules("the embedded database", db);

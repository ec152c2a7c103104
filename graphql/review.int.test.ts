import { testDb } from "../e2e/support/test-db";
import { describeReviewRules } from "../e2e/support/review-rules-scenario";

describeReviewRules("PostgreSQL", testDb);

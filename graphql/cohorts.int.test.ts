import { testDb } from "../e2e/support/test-db";
import { describeCohortRules } from "../e2e/support/cohort-rules-scenario";

describeCohortRules("PostgreSQL", testDb);

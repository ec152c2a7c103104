import { testDb } from "../../../e2e/support/test-db";
import { describeMergeAtLimit } from "../../../e2e/support/merge-at-limit-scenario";

describeMergeAtLimit("PostgreSQL", testDb);

import { runOnEmbeddedDatabase } from "../../../e2e/support/embedded-test-database";
import { describeSkillStatus } from "../../../e2e/support/skill-status-scenario";

// The same tests as on PostgreSQL, on the embedded default's single connection.
runOnEmbeddedDatabase();
describeSkillStatus("the embedded database");

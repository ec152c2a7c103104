import { describeSkillStatus } from "../../../e2e/support/skill-status-scenario";

describeSkillStatus("PostgreSQL");

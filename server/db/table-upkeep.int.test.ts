import { describeTableUpkeep } from "@/e2e/support/table-upkeep-scenario";

describeTableUpkeep("PostgreSQL");

import { describeCohortExport } from "@/e2e/support/cohort-export-scenario";

describeCohortExport("PostgreSQL");

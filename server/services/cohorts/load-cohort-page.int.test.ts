import { describeCohortPage } from "@/e2e/support/cohort-page-scenario";

describeCohortPage("PostgreSQL");

import { describeCohortFigures } from "@/e2e/support/cohort-figures-scenario";

describeCohortFigures("PostgreSQL");

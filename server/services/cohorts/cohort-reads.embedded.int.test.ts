import { describeCohortExport } from "@/e2e/support/cohort-export-scenario";
import { describeCohortFigures } from "@/e2e/support/cohort-figures-scenario";
import { describeCohortPage } from "@/e2e/support/cohort-page-scenario";
import { runOnEmbeddedDatabase } from "@/e2e/support/embedded-test-database";

// A cohort's figures (its tallies and probes), page data and CSV on the embedded default, as on PostgreSQL.
runOnEmbeddedDatabase();
describeCohortFigures("the embedded database");
describeCohortPage("the embedded database");
describeCohortExport("the embedded database");

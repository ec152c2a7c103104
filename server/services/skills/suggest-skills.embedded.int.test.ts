import { runOnEmbeddedDatabase } from "../../../e2e/support/embedded-test-database";

// The same suggestions and Explore's skill filter on the embedded default (PGlite): the trigram
// similarity, the hash index on Resource.url and the lateral probes must work there too.
runOnEmbeddedDatabase();
await import("./suggest-skills.int.test");
await import("../roadmaps/listing/explore-skill-filter.int.test");

// The documents live in guest-roadmap-operations.graphql; codegen writes them, typed, beside it
// (guest-roadmap-operations.generated.ts), so a page bundles only the operations it imports.
export { GuestRoadmapDocument as GuestRoadmapQuery } from "./guest-roadmap-operations.generated";

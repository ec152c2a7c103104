// The documents live in guest-roadmap-operations.graphql (codegen types them); importing them one by one
// keeps each page's bundle to the operations it uses.
export { GuestRoadmapDocument as GuestRoadmapQuery } from "@/graphql/generated/client/graphql";

// The documents live in own-roadmap-operations.graphql (codegen types them); importing them one by one
// keeps each page's bundle to the operations it uses.
export {
  SaveRoadmapDocument as SaveRoadmapMutation,
  ForkRoadmapDocument as ForkRoadmapMutation,
  DeleteRoadmapDocument as DeleteRoadmapMutation,
  SetRoadmapVisibilityDocument as SetRoadmapVisibilityMutation,
  DeleteAccountDocument as DeleteAccountMutation,
} from "@/graphql/generated/client/graphql";

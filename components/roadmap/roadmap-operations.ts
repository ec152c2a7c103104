// The documents live in roadmap-operations.graphql (codegen types them); importing them one by one
// keeps each page's bundle to the operations it uses.
export {
  ItemStateFragmentDoc as ItemStateFragment,
  RoadmapStatesDocument as RoadmapStatesQuery,
  SetItemStatusDocument as SetItemStatusMutation,
  SetItemNoteDocument as SetItemNoteMutation,
  ResetRoadmapProgressDocument as ResetRoadmapProgressMutation,
} from "@/graphql/generated/client/graphql";

// The documents live in roadmap-operations.graphql; codegen writes them, typed, beside it
// (roadmap-operations.generated.ts), so a page bundles only the operations it imports.
export {
  ItemStateFragmentDoc as ItemStateFragment,
  RoadmapStatesDocument as RoadmapStatesQuery,
  SetItemStatusDocument as SetItemStatusMutation,
  SetItemNoteDocument as SetItemNoteMutation,
  ResetRoadmapProgressDocument as ResetRoadmapProgressMutation,
  RoadmapSharedSkillsDocument as RoadmapSharedSkillsQuery,
} from "./roadmap-operations.generated";

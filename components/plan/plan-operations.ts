// The documents live in plan-operations.graphql (codegen types them); importing them one by one
// keeps each page's bundle to the operations it uses.
export {
  SetRoadmapGoalDocument as SetRoadmapGoalMutation,
  RoadmapDatesDocument as RoadmapDatesQuery,
} from "@/graphql/generated/client/graphql";

// The documents live in plan-operations.graphql; codegen writes them, typed, beside it
// (plan-operations.generated.ts), so a page bundles only the operations it imports.
export {
  SetRoadmapGoalDocument as SetRoadmapGoalMutation,
  RoadmapPlanDocument as RoadmapPlanQuery,
  RoadmapDatesDocument as RoadmapDatesQuery,
} from "./plan-operations.generated";

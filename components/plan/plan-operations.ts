import { graphql } from "@/graphql/generated/client";

export const SetRoadmapGoalMutation = graphql(`
  mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {
    setRoadmapGoal(input: $input) {
      id
      progress {
        targetDate
        weeklyGoal
      }
    }
  }
`);

/** Asked for when the learner shows dates: they are not part of the page's first paint. */
export const RoadmapDatesQuery = graphql(`
  query RoadmapDates($slug: String!) {
    roadmap(slug: $slug) {
      id
      sections {
        id
        startedAt
        completedAt
      }
      items {
        id
        startedAt
        finishedAt
      }
    }
  }
`);

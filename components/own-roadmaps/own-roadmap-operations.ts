import { graphql } from "@/graphql/generated/client";

export const SaveRoadmapMutation = graphql(`
  mutation SaveRoadmap($input: SaveRoadmapInput!) {
    saveRoadmap(input: $input) {
      roadmap {
        id
        path
      }
      created
      dryRun
      added
      moved
      renamed
      retired
      learnersAffected
      restoredStatuses
      changes {
        kind
        key
        title
        previousTitle
        line
        learners
      }
    }
  }
`);

export const ForkRoadmapMutation = graphql(`
  mutation ForkRoadmap($input: ForkRoadmapInput!) {
    forkRoadmap(input: $input) {
      id
      path
    }
  }
`);

export const DeleteRoadmapMutation = graphql(`
  mutation DeleteRoadmap($input: DeleteRoadmapInput!) {
    deleteRoadmap(input: $input)
  }
`);

export const SetRoadmapVisibilityMutation = graphql(`
  mutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {
    setRoadmapVisibility(input: $input) {
      id
      visibility
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input)
  }
`);

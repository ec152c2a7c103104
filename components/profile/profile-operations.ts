import { graphql } from "@/graphql/generated/client";

export const SetProfileVisibilityMutation = graphql(`
  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {
    setProfileVisibility(input: $input) {
      id
      profilePublic
      profileUrl
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      secret
      createdAt
      urlTemplate
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

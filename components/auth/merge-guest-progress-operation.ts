import { graphql } from "@/graphql/generated/client";

export const MergeGuestProgressMutation = graphql(`
  mutation MergeGuestProgress($input: MergeGuestProgressInput!) {
    mergeGuestProgress(input: $input) {
      merged
      ignored
    }
  }
`);

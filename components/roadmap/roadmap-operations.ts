import { graphql } from "@/graphql/generated/client";

export const ItemStateFragment = graphql(`
  fragment ItemState on Item {
    id
    status
    statusUpdatedAt
    note
    noteHtml
  }
`);

/** Read from the cache only: the page seeds it from the server's first render. */
export const RoadmapStatesQuery = graphql(`
  query RoadmapStates($slug: String!) {
    roadmap(slug: $slug) {
      id
      items {
        ...ItemState
      }
    }
  }
`);

export const SetItemStatusMutation = graphql(`
  mutation SetItemStatus($input: SetItemStatusInput!) {
    setItemStatus(input: $input) {
      id
      status
      statusUpdatedAt
    }
  }
`);

export const SetItemNoteMutation = graphql(`
  mutation SetItemNote($input: SetItemNoteInput!) {
    setItemNote(input: $input) {
      id
      note
      noteHtml
    }
  }
`);

export const ResetRoadmapProgressMutation = graphql(`
  mutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {
    resetRoadmapProgress(input: $input) {
      id
      items {
        id
        status
        statusUpdatedAt
      }
    }
  }
`);

import { graphql } from "@/graphql/generated/client";

export const GuestRoadmapQuery = graphql(`
  query GuestRoadmap($id: ID!) {
    node(id: $id) {
      ... on Roadmap {
        id
        slug
        title
        sections {
          id
          title
        }
        items {
          id
          title
          section {
            id
          }
        }
      }
    }
  }
`);

import "server-only";

export const relayTypeDefs = /* GraphQL */ `
  """
  An object with a global id: Query.node(id) fetches any of them. Roadmaps,
  sections, items, resources, cohorts and skills are nodes; their ids are the ones every other
  field and mutation uses (unique across types), so stored ids stay valid.
  """
  interface Node {
    "Opaque identifier, unique across every type."
    id: ID!
  }

  "Where a page of a connection sits (Relay cursor connections)."
  type PageInfo {
    "More items follow: ask again with after: endCursor."
    hasNextPage: Boolean!
    "The page started after a cursor. Pagination is forward only (first and after)."
    hasPreviousPage: Boolean!
    "Cursor of the first item of the page; null when the page is empty."
    startCursor: String
    "Cursor of the last item of the page, for the next page's after; null when the page is empty."
    endCursor: String
  }

  "A page of roadmaps."
  type RoadmapConnection {
    "The roadmaps of the page, each with its cursor."
    edges: [RoadmapEdge!]!
    "The roadmaps of the page (edges without cursors)."
    nodes: [Roadmap!]!
    "Whether more pages follow, and the cursors."
    pageInfo: PageInfo!
  }

  "A roadmap in a page, with its cursor."
  type RoadmapEdge {
    "Pass as after to get the roadmaps after this one."
    cursor: String!
    "The roadmap."
    node: Roadmap!
  }

  "A page of access tokens."
  type ApiTokenConnection {
    "The tokens of the page, each with its cursor."
    edges: [ApiTokenEdge!]!
    "The tokens of the page (edges without cursors)."
    nodes: [ApiToken!]!
    "Whether more pages follow, and the cursors."
    pageInfo: PageInfo!
  }

  "An access token in a page, with its cursor."
  type ApiTokenEdge {
    "Pass as after to get the tokens after this one."
    cursor: String!
    "The token."
    node: ApiToken!
  }
`;

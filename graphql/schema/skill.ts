import "server-only";

export const skillTypeDefs = /* GraphQL */ `
  """
  Something several roadmaps teach: items of any roadmap that claim its name (<!-- skill: git -->
  in their markdown) share one status per learner. The catalogue holds the skills PUBLIC roadmaps
  claim; a skill only the viewer's own roadmaps claim is found by its name too.
  """
  type Skill implements Node {
    "Opaque identifier, unique across every type."
    id: ID!
    "What items claim: lowercase letters and digits in dash-separated words, for example git or ci-cd."
    name: String!
    "The title of the first public item that claimed it (never renamed since)."
    title: String!
    """
    The live items claiming it on PUBLIC roadmaps and on the viewer's own (an UNLISTED roadmap is
    never listed here: it would hand out its address), the built-in roadmaps' first, then the others by
    roadmap id (an order the index gives, so a page reads no more than it shows).
    """
    items("How many, 0 to 100." first: Int = 20, "The endCursor of the previous page." after: String): ItemConnection!
    "The viewer's status on it, which every item claiming it shows; NOT_STARTED when never set or signed out. Needs READ_PROGRESS."
    status: ItemStatus!
  }

  "A page of skills."
  type SkillConnection {
    "The skills of the page, each with its cursor."
    edges: [SkillEdge!]!
    "The skills of the page (edges without cursors)."
    nodes: [Skill!]!
    "Whether more pages follow, and the cursors."
    pageInfo: PageInfo!
  }

  "A skill in a page, with its cursor."
  type SkillEdge {
    "Pass as after to get the skills after this one."
    cursor: String!
    "The skill."
    node: Skill!
  }

  extend type Item {
    "The skill the item claims; null when it claims none."
    skill: Skill
    """
    The item where the viewer set this item's skill's status, when that is another item on a roadmap
    the viewer may see; null otherwise (no skill, set here, never set, signed out). Needs READ_PROGRESS.
    """
    statusSource: Item
  }

  extend type Query {
    "A skill by name; null when there is none the viewer may know of."
    skill("For example git." name: String!): Skill
    """
    Skills in name order whose name starts with query or whose title contains it (any case), among
    those some roadmap listed to the viewer claims.
    """
    skills(
      "Up to 100 characters; all skills when absent."
      query: String
      "How many, 0 to 100."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
    ): SkillConnection!
  }
`;

import "server-only";

export const skillSuggestionTypeDefs = /* GraphQL */ `
  "Why a skill is suggested for an item."
  enum SkillSuggestionReason {
    "Its name is a word or words of the item's title, or its title is like the item's."
    TITLE
    "Items that claim it link to one of the item's links."
    LINK
  }

  "A skill an item could claim (<!-- skill: name --> at the end of its line), found on roadmaps the viewer may see."
  type SkillSuggestion {
    "The name to claim, for example git."
    name: String!
    "The skill's title (the catalogue's, else the title of the item that claims it)."
    title: String!
    "Why it is suggested: by title, by link, or both."
    reasons: [SkillSuggestionReason!]!
    "How many items the viewer may see claim it and link to one of the links asked about (counted among the first 2,000 such links)."
    sharedLinks: Int!
    "An item that claims it, on a PUBLIC roadmap or one of the viewer's own: the closest to the title asked about."
    example: SkillSuggestionExample!
  }

  "An item that claims a suggested skill."
  type SkillSuggestionExample {
    "The item's title."
    itemTitle: String!
    "Its roadmap's title."
    roadmapTitle: String!
    "Its roadmap's page, for example /roadmaps/backend."
    roadmapPath: String!
  }

  "A skill a roadmap claims, with how many learners follow it."
  type RoadmapSkillClaim {
    "The skill's name."
    name: String!
    "How many of the roadmap's live items claim it."
    items: Int!
    "How many learners follow it (have a status on it), on any roadmap, counted up to 10,000 (10,000 means at least that many)."
    learners: Int!
  }

  "The skills a roadmap claims, for its editors."
  type RoadmapSkillClaims {
    "The first 50 skills in name order, with their counts."
    skills: [RoadmapSkillClaim!]!
    "How many skills the roadmap claims in all."
    total: Int!
  }

  extend type Roadmap {
    """
    The skills its live items claim and how many learners follow each; null unless the viewer may
    edit the roadmap (its owner; an administrator in a browser session for a built-in roadmap).
    """
    skillClaims: RoadmapSkillClaims
  }

  extend type Query {
    """
    Skills an item could claim, best first (at most 5): those whose name is a word or words of its
    title or whose title is like it, and those claimed by items that share one of its links. Drawn
    only from PUBLIC roadmaps and the viewer's own (never another learner's UNLISTED or PRIVATE one),
    each with an item that claims it there. BAD_USER_INPUT past a limit.
    """
    skillSuggestions(
      "The item's title, at most 300 characters."
      title: String!
      "The item's links (http and https), at most 20 of at most 2,048 characters; a trailing slash is optional."
      urls: [String!]
    ): [SkillSuggestion!]!
  }
`;

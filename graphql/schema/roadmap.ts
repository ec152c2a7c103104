import "server-only";

export const roadmapTypeDefs = /* GraphQL */ `
  "A learner's status for one item."
  enum ItemStatus {
    "Not started yet (also the status of every item a learner never touched)."
    NOT_STARTED
    "Being worked on."
    IN_PROGRESS
    "Finished."
    DONE
    "Deliberately left out; counts as finished in completion figures."
    SKIPPED
  }

  "What a resource link points to."
  enum ResourceKind {
    "Official documentation or specification."
    OFFICIAL
    "An article, guide or blog post."
    ARTICLE
    "A video or talk."
    VIDEO
    "A course or structured curriculum."
    COURSE
    "A book (free online or not)."
    BOOK
    "An open-source repository."
    OPENSOURCE
    "A podcast episode or show."
    PODCAST
    "Something to practise in the browser."
    INTERACTIVE
  }

  "A learning roadmap: ordered sections of checklist items with curated resources."
  type Roadmap {
    "Opaque identifier."
    id: ID!
    "Stable, URL-safe name, for example backend."
    slug: String!
    "The roadmap's title."
    title: String!
    "A paragraph about the roadmap, when it has one."
    description: String
    "Sections in reading order."
    sections: [Section!]!
    "Number of items, nested ones included."
    itemCount: Int!
    "Resources that belong to the roadmap as a whole rather than to one item."
    resources: [Resource!]!
    "The viewer's completion of the whole roadmap; null when signed out."
    progress: Completion
    """
    The viewer's finished items over time (a burn-up chart): one bucket per day,
    from zero the day before the first change (or from the first day of the window)
    to today. Null when signed out.
    """
    history(
      "How many days back the window reaches, 1 to 3660."
      days: Int = 365
      "IANA time zone in which days start, for example Europe/Paris."
      timeZone: String = "UTC"
    ): [ProgressBucket!]
    "Every item of the roadmap in reading order, nested ones included."
    items: [Item!]!
  }

  "A titled group of items within a roadmap."
  type Section {
    "Opaque identifier."
    id: ID!
    "The section's heading."
    title: String!
    "0-based position within the roadmap."
    position: Int!
    "Top-level items of the section in order; nested items are under Item.children."
    items: [Item!]!
    "The viewer's completion of this section (nested items included); null when signed out."
    progress: Completion
  }

  "One checklist line of a roadmap."
  type Item {
    "Opaque identifier; use it in mutations."
    id: ID!
    "Stable across re-imports of the roadmap (derived from the text, or pinned by the author)."
    key: String!
    "The checklist line's text."
    title: String!
    "0-based position among its siblings."
    position: Int!
    "Nested checklist lines, in order."
    children: [Item!]!
    "Curated links for this item, official documentation first."
    resources: [Resource!]!
    "The viewer's status; null when signed out."
    status: ItemStatus
    "When the viewer last changed this item's status (ISO 8601); null when never or signed out."
    statusUpdatedAt: String
    "The viewer's private note in markdown; null when none or signed out."
    note: String
    """
    The viewer's note rendered to sanitised HTML, stored when the note is written; a note kept from
    before the note limits that breaks them shows as escaped text. Null when none or signed out.
    """
    noteHtml: String
    "The section the item belongs to."
    section: Section!
    "The roadmap the item belongs to."
    roadmap: Roadmap!
  }

  "A curated link."
  type Resource {
    "Opaque identifier."
    id: ID!
    "What the link is called."
    title: String!
    "An absolute http(s) URL."
    url: String!
    "What kind of resource the link points to."
    kind: ResourceKind!
  }

  """
  Completion of a set of items. percent counts DONE and SKIPPED as finished:
  (done + skipped) / total * 100, rounded to one decimal; 0 when total is 0.
  """
  type Completion {
    "Number of items in the set."
    total: Int!
    "Items DONE."
    done: Int!
    "Items IN_PROGRESS."
    inProgress: Int!
    "Items SKIPPED."
    skipped: Int!
    "Finished share, 0 to 100: (done + skipped) / total, one decimal."
    percent: Float!
  }

  "One day of a burn-up chart."
  type ProgressBucket {
    "The day, YYYY-MM-DD in the requested time zone."
    date: String!
    "Items finished (DONE or SKIPPED) at the end of the day."
    finished: Int!
    "Items DONE at the end of the day."
    done: Int!
    "Items of the roadmap today (the chart's scope line)."
    total: Int!
  }
`;

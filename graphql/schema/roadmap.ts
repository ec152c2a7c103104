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
  type Roadmap implements Node {
    "Opaque identifier."
    id: ID!
    """
    URL-safe name: backend for a built-in roadmap, <owner's login>/<name> for a learner's
    (the page is /roadmaps/<slug>).
    """
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
    """
    The viewer's completion of the whole roadmap, with their pace, forecast, target date and
    weekly goal; null when signed out.
    """
    progress(
      """
      IANA time zone in which the viewer's days start (this week, the forecast, the target), for
      example Europe/Paris. By default the zone the browser reported (its tz cookie), else UTC.
      """
      timeZone: String
    ): Completion
    "The viewer's README badge for this roadmap (an absolute path; ?theme=dark for the dark variant); null when signed out. It shows the viewer's completion once their profile is public and lists this roadmap, and a neutral not-found badge until then."
    badgeUrl: String
    """
    The viewer's weekly study reminder for this roadmap as an .ics file (an absolute path:
    /api/calendar/<slug>.ics, so /api/calendar/<login>/<name>.ics for a learner's roadmap; add
    ?day=MO&time=18:00&minutes=60 for another slot). It answers the session's learner or a token
    with READ_PROGRESS, and only for a roadmap they may see. Null when signed out.
    """
    calendarUrl: String
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
    "Who may see it. Built-in roadmaps are PUBLIC."
    visibility: RoadmapVisibility!
    "The owner's GitHub login; null for built-in roadmaps."
    owner: String
    """
    The roadmap this one was forked from, while it exists and the viewer may see it (its
    owner's, unlisted or public); null otherwise, and for a roadmap that is not a fork.
    """
    forkedFrom: Roadmap
    "Whether this roadmap is a fork, even when forkedFrom is null (the original deleted, or not visible to the viewer)."
    isFork: Boolean!
    "The checklist source, as the importer reads it (as last saved, or written from the items)."
    markdown: String!
    "The roadmap with the viewer's progress and notes in that format; null when signed out (needs READ_PROGRESS)."
    export("MARKDOWN, JSON or CSV." format: ExportFormat!): String
    "Whether the viewer may edit it: its owner, or an administrator for a built-in roadmap."
    viewerCanEdit: Boolean!
    "The roadmap's page, for example /roadmaps/backend."
    path: String!
  }

  "A titled group of items within a roadmap."
  type Section implements Node {
    "Opaque identifier."
    id: ID!
    "The section's heading."
    title: String!
    "0-based position within the roadmap."
    position: Int!
    "Top-level items of the section in order; nested items are under Item.children."
    items: [Item!]!
    "The viewer's completion of this section (nested items included), with their pace and forecast on it; null when signed out."
    progress(
      "IANA time zone in which the viewer's days start; by default the browser's (tz cookie), else UTC."
      timeZone: String
    ): Completion
    "When the viewer first changed one of its items, ISO 8601 (since each item's last reset); null when never or signed out."
    startedAt: String
    "When the viewer finished (DONE or SKIPPED) its last item, ISO 8601, once all are finished; null before, or signed out."
    completedAt: String
  }

  "One checklist line of a roadmap."
  type Item implements Node {
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
    """
    When the viewer first marked the item IN_PROGRESS, ISO 8601; null when never (or not since the
    item was last put back to NOT_STARTED, which starts it over), or signed out.
    """
    startedAt: String
    """
    When the viewer last marked the item DONE, ISO 8601, while it is DONE; null otherwise, or signed
    out.
    """
    finishedAt: String
    "The section the item belongs to."
    section: Section!
    "The roadmap the item belongs to."
    roadmap: Roadmap!
  }

  "A curated link."
  type Resource implements Node {
    "Opaque identifier."
    id: ID!
    "What the link is called."
    title: String!
    "An absolute http(s) URL, exactly as the roadmap's author wrote it (checked, never normalised)."
    url: String!
    "What kind of resource the link points to."
    kind: ResourceKind!
    """
    The type its author wrote in roadmap.sh's [@type@Title](url) form, in lower case, when it is
    not one of Waymark's kinds by name (paper, guide, tool, dataset, conference, feed…): kind is
    then its nearest kind, and the markdown export writes the type back. Null otherwise.
    """
    writtenType: String
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
    """
    Items the viewer marked DONE per week over the last 4 weeks (over the time since they started,
    at least a week, when that is shorter). Skipped items shorten what is left but are not pace.
    """
    pacePerWeek: Float!
    "Items DONE per week since the viewer started (at least a week)."
    pacePerWeekSinceStart: Float!
    "The day the viewer started (their first change still standing), YYYY-MM-DD in the time zone; null before any."
    startedOn: String
    "Whether there is a forecast, and if not, why."
    forecast: ForecastStatus!
    """
    The forecast, YYYY-MM-DD in the time zone: the day the remaining items are finished at
    pacePerWeek. When everything is finished, the day it was. Null without enough history, or stalled.
    """
    finishOn: String
    "The viewer's target date for the roadmap, YYYY-MM-DD, or null (always null on a section)."
    targetDate: String
    "Items per week needed from today to finish by targetDate (today and the target day count); null without a target or once it has passed."
    requiredPacePerWeek: Float
    "Where the viewer stands against targetDate; null without one."
    targetStatus: TargetStatus
    "Days between finishOn and targetDate, positive when ahead; null without both."
    daysAheadOfTarget: Int
    "Items marked DONE this week (since Monday, in the time zone)."
    finishedThisWeek: Int!
    "Items per week the viewer aims for on the roadmap, or null (always null on a section)."
    weeklyGoal: Int
  }

  "Whether a forecast could be made."
  enum ForecastStatus {
    "finishOn is the forecast."
    FORECAST
    "Less than a week since the viewer started, or fewer than two items done: no honest forecast yet."
    NOT_ENOUGH_HISTORY
    "Nothing marked DONE in the last 4 weeks."
    STALLED
    "Nothing left: finishOn is the day the last item was finished."
    FINISHED
  }

  "Where the viewer stands against their target date."
  enum TargetStatus {
    "At this pace the roadmap is finished on or before the target."
    AHEAD
    "At this pace the target is missed (or nothing was done in the last 4 weeks)."
    BEHIND
    "Not enough history for a forecast yet; requiredPacePerWeek says what is needed."
    TOO_EARLY_TO_TELL
    "The target date has passed with items left."
    PASSED
    "Everything is finished."
    FINISHED
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

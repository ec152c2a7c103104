import "server-only";

export const authoringTypeDefs = /* GraphQL */ `
  "Who may see a roadmap."
  enum RoadmapVisibility {
    "Only its owner (the default for a learner's new roadmap)."
    PRIVATE
    "Anyone with its address or id; never listed on Explore."
    UNLISTED
    "Anyone; listed on Explore. Built-in roadmaps are PUBLIC."
    PUBLIC
  }

  "A format of Roadmap.export."
  enum ExportFormat {
    """
    The checklist the importer reads, every item's key pinned: [x] done, [/] in
    progress, [-] skipped, [ ] not started, the viewer's notes as quotes under
    their item. Importing it gives the same roadmap (and, with restoreStatuses, the statuses).
    """
    MARKDOWN
    "The roadmap with the viewer's statuses, notes and history of changes."
    JSON
    "One row per item: section, item, key, parent_key, status, started_at, finished_at, updated_at, note."
    CSV
  }

  "What a save changes about one item."
  enum RoadmapChangeKind {
    "A new item (or a retired one back, with its history)."
    ADDED
    "Another section or parent item, or another place among its siblings."
    MOVED
    """
    Same key, new title: the key was pinned with <!-- key: ... -->, or the save guessed the
    rename (RoadmapChange.guessed) from the item's place and title.
    """
    RENAMED
    "No longer in the markdown: hidden, its learners' progress and notes kept."
    RETIRED
  }

  "One item's change in a save."
  type RoadmapChange {
    "What happens to the item."
    kind: RoadmapChangeKind!
    "The item's key."
    key: String!
    "The item's title (the new one for a rename)."
    title: String!
    "The title before a rename; null otherwise."
    previousTitle: String
    "The item's line in the new markdown; null for a retired item."
    line: Int
    """
    Learners with a status or a note on the item, whom the change touches (0 for an added item). The
    viewer counts only when they may read their progress (a token without READ_PROGRESS: others only).
    """
    learners: Int!
    """
    True for a rename the save inferred: the item's key was not pinned, and an item with a title
    that reads alike left from the same place (same section and parent, between the same
    siblings). The item keeps that item's key, and so its learners' progress and notes; the
    saved markdown pins it. False for every other change.
    """
    guessed: Boolean!
    """
    For a guessed rename, the key the markdown alone gives the item: list it in
    SaveRoadmapInput.notRenamed to save the item as a new one instead (and retire the old one).
    Null otherwise.
    """
    markdownKey: String
  }

  "Input of saveRoadmap."
  input SaveRoadmapInput {
    "The roadmap to save a new version of; absent to create a roadmap of the viewer's own."
    roadmapId: ID
    """
    The roadmap as a markdown checklist: the Waymark format, a plain GitHub task list, or with
    roadmap.sh's [@type@Title](url) links of any type (see the README). At most 5,000 items and
    1,000,000 bytes as Waymark writes the roadmap (its markdown export without key pins), in a file
    of at most 2,100,000 bytes: any markdown export of a roadmap imports again.
    """
    markdown: String!
    """
    The roadmap's name in its address, /roadmaps/<your login>/<slug>: lowercase letters, digits and
    single dashes. Absent: made from the title (new roadmaps) or kept (saves).
    """
    slug: String
    "Who may see it. Absent: PRIVATE for a new roadmap, unchanged for a save."
    visibility: RoadmapVisibility
    "Say what the save would do, and write nothing."
    dryRun: Boolean
    """
    Also set the viewer's statuses from the file's checkboxes ([x] done, [/] in progress, [-] skipped,
    [ ] not started), as the markdown export writes them. A token needs WRITE_PROGRESS for it too
    (FORBIDDEN without, and nothing is saved).
    """
    restoreStatuses: Boolean
    """
    Keep the key of an item reworded in place, whose key is not pinned (see RoadmapChange.guessed):
    its learners keep their progress and notes. Default true; false takes every key from the
    markdown alone.
    """
    detectRenames: Boolean
    """
    Keys (RoadmapChange.markdownKey) of items that are new, not renames of the item they
    replace: they are saved as new items, and the items they replace are retired. At most 5,000.
    """
    notRenamed: [String!]
  }

  "What saveRoadmap did (or, on a dry run, would do)."
  type SaveRoadmapPayload {
    "The roadmap as it is now; null on a dry run of a new roadmap."
    roadmap: Roadmap
    "True when the save created the roadmap."
    created: Boolean!
    "True when nothing was written."
    dryRun: Boolean!
    "Items added."
    added: Int!
    "Items moved."
    moved: Int!
    "Items renamed (pinned keys, and renames the save guessed)."
    renamed: Int!
    "Items retired."
    retired: Int!
    "Distinct learners with progress or a note on a moved, renamed or retired item (the viewer as in RoadmapChange.learners)."
    learnersAffected: Int!
    "Every item's change, in the markdown's order, then retired items."
    changes: [RoadmapChange!]!
    "The viewer's statuses set from checkboxes (restoreStatuses)."
    restoredStatuses: Int!
    "Items whose skill claim changes (<!-- skill: ... -->), in the markdown's order."
    skillChanges: [SkillClaimChange!]!
  }

  "An item whose skill claim a save changes."
  type SkillClaimChange {
    "The item's key."
    key: String!
    "The item's title."
    title: String!
    "The skill it claimed; null for none."
    from: String
    "The skill it claims after the save; null for none."
    to: String
    """
    Learners following the roadmap whose status would move between the item and a skill: for a
    new claim, those whose status on the item differs from theirs on the skill (the most recent of
    the two wins on every roadmap); for a claim removed, those whose status on the item came
    through the skill (they keep it, as the item's own). The viewer as in RoadmapChange.learners.
    """
    learners: Int!
  }

  "Input of forkRoadmap."
  input ForkRoadmapInput {
    "A roadmap the viewer may see: public, unlisted, or their own."
    roadmapId: ID!
    """
    Copy the viewer's own statuses on the original to the fork's items with the same keys. Default false.
    A token needs READ_PROGRESS and WRITE_PROGRESS for it too (FORBIDDEN without, and no fork is made).
    """
    copyProgress: Boolean
  }

  "Input of deleteRoadmap."
  input DeleteRoadmapInput {
    "One of the viewer's own roadmaps."
    roadmapId: ID!
  }

  "Input of setRoadmapVisibility."
  input SetRoadmapVisibilityInput {
    "The roadmap."
    roadmapId: ID!
    "Who may see it from now on."
    visibility: RoadmapVisibility!
  }

  "Input of deleteAccount."
  input DeleteAccountInput {
    "The viewer's GitHub login, typed to confirm."
    login: String!
  }
`;

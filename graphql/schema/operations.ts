import "server-only";

export const operationTypeDefs = /* GraphQL */ `
  "Reading roadmaps and the viewer's progress."
  type Query {
    "The built-in roadmaps, in title order (learners' public roadmaps are on explore)."
    roadmaps: [Roadmap!]!
    "Public roadmaps (built-in and learners'), newest first, a page at a time. Never unlisted or private ones."
    explore(
      "How many, 0 to 100."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
      "Only roadmaps whose title contains this (ignoring case)."
      query: String
      "Only roadmaps with an item that claims this skill, for example git."
      skill: String
    ): RoadmapConnection!
    "Any roadmap, section, item, resource or cohort by id; null when there is none the viewer may see."
    node("The object's id." id: ID!): Node
    """
    One roadmap by slug; null when there is none. Its texts are in its translation into language when
    it has one (an exact tag, else one of the same language: pt is pt-BR); without language, in the
    viewer's language (their saved locale, else the locale cookie, else Accept-Language); else as
    written. Roadmap.language says which.
    """
    roadmap(
      "The roadmap's slug, for example backend."
      slug: String!
      "A BCP 47 tag, for example es; the original's tag gives the original."
      language: String
    ): Roadmap
    "One item by id; null when there is none."
    item("The item's id." id: ID!): Item
    "The signed-in learner; null when signed out."
    viewer: Viewer
    "A learner's public profile; null when there is no such learner or the profile is not public (the two are not told apart)."
    profile("The learner's GitHub login." login: String!): PublicProfile
  }

  "Changing the viewer's progress, notes and tokens, and (admins) roadmaps."
  type Mutation {
    "Sets the viewer's status of one item. Idempotent: repeating a status changes nothing."
    setItemStatus("The item and its new status." input: SetItemStatusInput!): Item!
    "Writes the viewer's private note on an item; an empty or null note deletes it."
    setItemNote("The item and its note." input: SetItemNoteInput!): Item!
    "Puts every item of a roadmap back to NOT_STARTED for the viewer (history keeps the reset; notes stay)."
    resetRoadmapProgress("Which roadmap." input: ResetRoadmapProgressInput!): Roadmap!
    "Folds progress made as a guest (in the browser) into the account; per item the newer change wins."
    mergeGuestProgress(
      "The guest's statuses with the time of each change."
      input: MergeGuestProgressInput!
    ): MergeGuestProgressPayload!
    "Creates a personal access token. The secret is in the payload once and never again. Needs a browser session."
    createApiToken("Name and scopes of the token." input: CreateApiTokenInput!): CreateApiTokenPayload!
    "Revokes one of the viewer's tokens; true when it was active. Needs a browser session."
    revokeApiToken("Which token." input: RevokeApiTokenInput!): Boolean!
    "Creates or updates a built-in roadmap from a markdown checklist (administrators only)."
    importRoadmap("The roadmap's slug and markdown." input: ImportRoadmapInput!): ImportRoadmapPayload!
    """
    Creates a roadmap of the viewer's own from markdown, or saves a new version of one they may edit,
    keeping every learner's progress and notes on items whose key survived. dryRun says what would
    change and writes nothing. Problems in the markdown: BAD_USER_INPUT with extensions.problems, each
    with its line, message (English), code and values (to say it in another language). Needs WRITE_ROADMAPS; saves per minute are limited (RATE_LIMITED).
    """
    saveRoadmap("The markdown and where it goes." input: SaveRoadmapInput!): SaveRoadmapPayload!
    "Copies a roadmap the viewer may see into a new PRIVATE roadmap of theirs, linked back to it."
    forkRoadmap("Which roadmap, and whether to copy the viewer's statuses." input: ForkRoadmapInput!): Roadmap!
    """
    Deletes one of the viewer's roadmaps, with every learner's progress and notes on it (forks stay).
    Built-in roadmaps cannot be deleted.
    """
    deleteRoadmap("Which roadmap." input: DeleteRoadmapInput!): Boolean!
    "Changes who may see a roadmap: its owner freely; an administrator may unlist a learner's PUBLIC roadmap."
    setRoadmapVisibility("The roadmap and its new visibility." input: SetRoadmapVisibilityInput!): Roadmap!
    """
    Deletes the viewer's account and everything Waymark holds about them (sessions end, tokens stop
    working, their roadmaps go). Needs a browser session and the login typed to confirm.
    """
    deleteAccount("The login, typed to confirm." input: DeleteAccountInput!): Boolean!
    "Sets, changes or clears the viewer's target date and weekly goal on a roadmap."
    setRoadmapGoal("The roadmap and the goals." input: SetRoadmapGoalInput!): Roadmap!
    "Makes the viewer's profile public or private and chooses its roadmaps. Needs a browser session."
    setProfileVisibility("Visibility, roadmaps and time zone." input: SetProfileVisibilityInput!): Viewer!
    "Creates the viewer's calendar subscription secret, replacing (and revoking) any earlier one. Needs a browser session."
    createCalendarFeed: CreateCalendarFeedPayload!
    "Revokes the viewer's calendar subscription secret; true when there was one. Needs a browser session."
    revokeCalendarFeed: Boolean!
    """
    Saves the interface language the viewer chose (Viewer.locale), or null to follow the browser. A tag
    that is not one of en, es, pt-BR, de, ja, ar is BAD_USER_INPUT. Needs WRITE_PROGRESS.
    """
    setLocale("The language." input: SetLocaleInput!): Viewer!
  }

  "Input of setLocale."
  input SetLocaleInput {
    "A BCP 47 tag: en, es, pt-BR, de, ja or ar; null follows the browser's Accept-Language."
    locale: String
  }

  "Input of setRoadmapGoal. A field left out stays as it is; null clears it."
  input SetRoadmapGoalInput {
    "The roadmap."
    roadmapId: ID!
    "The day to finish by, YYYY-MM-DD: from yesterday (it is still today somewhere) to 20 years ahead."
    targetDate: String
    "Items to finish per week, 1 to 500."
    weeklyGoal: Int
  }

  "Input of setProfileVisibility."
  input SetProfileVisibilityInput {
    "True: /u/<login> and the badges answer for everyone. False: they answer not found."
    public: Boolean!
    "The roadmaps to show, in order (at most 50): public ones of the viewer's own or that they follow (changed a status on); left out, the choice stays as it is."
    roadmapIds: [ID!]
    "IANA time zone in which the profile's days start, for example Europe/Paris; left out, it stays as it is (UTC at first)."
    timeZone: String
  }

  "Input of setItemStatus."
  input SetItemStatusInput {
    "The item to change."
    itemId: ID!
    "Its new status."
    status: ItemStatus!
  }

  "Input of setItemNote."
  input SetItemNoteInput {
    "The item the note is about."
    itemId: ID!
    """
    Markdown (CommonMark with GFM tables, task lists, strikethrough, autolinks and footnotes);
    empty or null deletes the note. At most 10,000 characters, quotes and lists nested at most
    8 deep, emphasis, links and images nested at most 8 deep, 1,000 table cells, 100 footnote
    references, 6,000 markdown elements and 100,000 characters of rendered HTML. A note past a
    limit is refused with BAD_USER_INPUT naming the limit and the line.
    """
    note: String
  }

  "Input of resetRoadmapProgress."
  input ResetRoadmapProgressInput {
    "The roadmap to start over."
    roadmapId: ID!
    """
    Also reset the skills it shares with the viewer's other roadmaps (Roadmap.viewerSharedSkills):
    their status is one on every roadmap, so they reset there too. False by default: items claiming
    them keep their status.
    """
    resetSharedSkills: Boolean = false
  }

  "One item a guest changed."
  input GuestProgressEntry {
    "The item."
    itemId: ID!
    "The status the guest gave it."
    status: ItemStatus!
    "When the guest made the change, ISO 8601."
    updatedAt: String!
  }

  "Input of mergeGuestProgress."
  input MergeGuestProgressInput {
    "At most 5,000 entries."
    entries: [GuestProgressEntry!]!
  }

  "What mergeGuestProgress did."
  type MergeGuestProgressPayload {
    "Changes applied."
    merged: Int!
    "Entries for items that no longer exist."
    ignored: Int!
  }

  "Input of createApiToken."
  input CreateApiTokenInput {
    "1-100 characters, to recognise the token later."
    name: String!
    "At least one scope."
    scopes: [TokenScope!]!
  }

  "A new token and its secret."
  type CreateApiTokenPayload {
    "The secret: send it as Authorization: Bearer <token>. Shown only this once."
    token: String!
    "The token's details, as listed later."
    apiToken: ApiToken!
  }

  "Input of revokeApiToken."
  input RevokeApiTokenInput {
    "The token's id."
    id: ID!
  }

  "Input of importRoadmap."
  input ImportRoadmapInput {
    "URL-safe name: lowercase letters, digits and dashes."
    slug: String!
    "The roadmap as a markdown checklist (see the README for the format)."
    markdown: String!
  }

  "What importRoadmap did."
  type ImportRoadmapPayload {
    "The roadmap as it is now."
    roadmap: Roadmap!
    "True when the slug was new."
    created: Boolean!
    "Sections and items added or changed."
    changed: Int!
    "Sections and items no longer in the markdown (kept for history, hidden)."
    retired: Int!
  }
`;

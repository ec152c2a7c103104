import "server-only";

export const cohortTypeDefs = /* GraphQL */ `
  "A member's part in a cohort."
  enum CohortRole {
    "Made the cohort: runs it (invites, mentors, removals) and deletes it. One per cohort."
    OWNER
    "Sees every member's figures and statuses on the cohort's roadmap, and makes new invite links."
    MENTOR
    "Follows the roadmap with the others; sees the standing, and the names and figures of members who show them."
    MEMBER
  }

  """
  A study group following one roadmap together: a mentor sees who is where, who is stuck and
  who will finish on time; members see where the group stands. Only its members may see it:
  to anyone else it does not exist (null, NOT_FOUND). Needs the COHORTS scope.
  """
  type Cohort implements Node {
    "Opaque identifier."
    id: ID!
    "The cohort's name."
    name: String!
    "The roadmap the cohort follows."
    roadmap: Roadmap!
    "The viewer's role in the cohort."
    viewerRole: CohortRole!
    "Number of members, every role included."
    memberCount: Int!
    "When the cohort was made, ISO 8601."
    createdAt: String!
    """
    The members the viewer may see, in the order they joined, a page at a time: every member for
    the owner and mentors; otherwise the viewer and the members who chose to show themselves.
    """
    members(
      "How many, 0 to 100."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
    ): CohortMemberConnection!
    """
    The current invite link's path (/cohorts/join/<secret>), for the owner and mentors to share;
    null for members, and for an invite made before links were kept (rotate for a new one).
    """
    inviteUrl: String
    "The current invite's expiry and uses; null for members."
    invite: CohortInvite
    "Where the cohort stands, without names: what every member may see."
    standing: CohortStanding!
    "The mentor's matrix of members and sections; null for members."
    matrix: CohortMatrix
    "Notes members shared with the cohort on purpose (one each at most), in the roadmap's order."
    sharedNotes: [CohortSharedNote!]!
    "Whether the viewer shows their name and figures to the other members (setCohortSharing)."
    showMeToCohort: Boolean!
    "The mentor's matrix as CSV (the owner and mentors): GET this path with the session or a COHORTS token."
    exportPath: String
  }

  "What a cohort shows of a person: never their e-mail, tokens, notes or other roadmaps."
  type PublicUser {
    "GitHub login."
    login: String!
    "Display name from GitHub, when set."
    name: String
    "GitHub avatar URL."
    avatarUrl: String
  }

  "A member of a cohort, as the viewer may see them."
  type CohortMember {
    "Who."
    user: PublicUser!
    "Their role."
    role: CohortRole!
    "When they joined, ISO 8601."
    joinedAt: String!
    """
    Their completion of the cohort's roadmap, with pace, forecast and target as on their
    dashboard (days cut in the requested time zone).
    """
    completion(
      "IANA time zone in which days start; by default the browser's (tz cookie), else UTC."
      timeZone: String
    ): Completion!
    "Their last status change on the cohort's roadmap, ISO 8601; null when none, and for viewers other than the owner and mentors."
    lastActiveAt: String
    "Items in progress for more than 14 days with no change, in the roadmap's order; empty for viewers other than the owner and mentors."
    stuckItems: [Item!]!
  }

  "A page of cohort members."
  type CohortMemberConnection {
    "The members of the page, each with its cursor."
    edges: [CohortMemberEdge!]!
    "The members of the page (edges without cursors)."
    nodes: [CohortMember!]!
    "Whether more pages follow, and the cursors."
    pageInfo: PageInfo!
  }

  "A cohort member in a page, with its cursor."
  type CohortMemberEdge {
    "Pass as after to get the members after this one."
    cursor: String!
    "The member."
    node: CohortMember!
  }

  "A page of cohorts."
  type CohortConnection {
    "The cohorts of the page, each with its cursor."
    edges: [CohortEdge!]!
    "The cohorts of the page (edges without cursors)."
    nodes: [Cohort!]!
    "Whether more pages follow, and the cursors."
    pageInfo: PageInfo!
  }

  "A cohort in a page, with its cursor."
  type CohortEdge {
    "Pass as after to get the cohorts after this one."
    cursor: String!
    "The cohort."
    node: Cohort!
  }

  "A cohort's current invite link, without its secret."
  type CohortInvite {
    "When it was made, ISO 8601."
    createdAt: String!
    "When it stops working, ISO 8601; null: never."
    expiresAt: String
    "How many learners may join with it; null: no limit."
    maxUses: Int
    "How many joined with it."
    uses: Int!
  }

  "Where a cohort stands: how many members are in each tenth of the way, and the viewer's place."
  type CohortStanding {
    "Ten bands of completion, 0-10 % first (100 % is in the last)."
    bands: [CohortBand!]!
    "Members counted."
    memberCount: Int!
    "The median of the members' items DONE per week over the last 4 weeks."
    medianPacePerWeek: Float!
    "The viewer's own place."
    viewer: CohortPlace!
  }

  "One tenth of the way."
  type CohortBand {
    "Lower bound in percent (included)."
    from: Int!
    "Upper bound in percent (excluded, but for the last band, which includes 100)."
    to: Int!
    "Members whose completion is in the band."
    members: Int!
  }

  "The viewer's place in a cohort's standing."
  type CohortPlace {
    "The viewer's completion, 0 to 100."
    percent: Float!
    "Index of the viewer's band in bands, 0 to 9."
    band: Int!
    "The viewer's items DONE per week over the last 4 weeks."
    pacePerWeek: Float!
    "Members further along than the viewer."
    membersAhead: Int!
  }

  "The mentor's view: members by sections of the cohort's roadmap."
  type CohortMatrix {
    "The columns: the roadmap's sections in reading order."
    sections: [Section!]!
    "One row per member, in the order they joined."
    rows: [CohortMatrixRow!]!
    "Items of each section (nested ones included), in the order of sections: the totals of every row's counts."
    sectionTotals: [Int!]!
    "Every member's status of each item of one section (a column expanded); null for a section not on the cohort's roadmap."
    section("The section's id." id: ID!): CohortMatrixSection
  }

  "One member's row of the matrix."
  type CohortMatrixRow {
    "The member."
    member: CohortMember!
    """
    The row's counts in compact form: three numbers per section, in the order of
    CohortMatrix.sections: items DONE, SKIPPED and IN_PROGRESS (section i at 3i, 3i + 1 and
    3i + 2). The figures of cells, at a fraction of their cost in a large matrix (60 fields a row
    at 15 sections); a cell's total is CohortMatrix.sectionTotals[i], its percent
    (done + skipped) / total, one decimal.
    """
    counts: [Int!]!
    "One cell per section, in the order of CohortMatrix.sections: the detailed form of counts."
    cells: [CohortMatrixCell!]!
  }

  "A member's counts on one section."
  type CohortMatrixCell {
    "The section's id."
    sectionId: ID!
    "Items of the section."
    total: Int!
    "Items DONE."
    done: Int!
    "Items SKIPPED."
    skipped: Int!
    "Items IN_PROGRESS."
    inProgress: Int!
    "Finished share, 0 to 100: (done + skipped) / total, one decimal."
    percent: Float!
  }

  "The items of one section by member."
  type CohortMatrixSection {
    "The section."
    section: Section!
    "Its items, nested ones included, in reading order: the order of each row's statuses."
    items: [Item!]!
    "One row per member, in the order they joined."
    rows: [CohortMatrixItemRow!]!
  }

  "A member's statuses on a section's items."
  type CohortMatrixItemRow {
    "The member."
    member: CohortMember!
    "One status per item of CohortMatrixSection.items, in its order."
    statuses: [ItemStatus!]!
  }

  "A note a member shared with the cohort on purpose."
  type CohortSharedNote {
    "Who shared it: null unless they show themselves to the cohort (the owner and mentors always see it)."
    author: PublicUser
    "The item the note is about."
    item: Item!
    "The note in markdown."
    note: String!
    "The note rendered to sanitised HTML."
    noteHtml: String!
  }

  "What an invite link leads to, before joining."
  type CohortInvitePreview {
    "The cohort's name."
    name: String!
    "The roadmap it follows."
    roadmap: Roadmap!
    "Members so far."
    memberCount: Int!
    "Whether the viewer is in it already."
    viewerIsMember: Boolean!
    "When the link stops working, ISO 8601; null: never."
    expiresAt: String
  }

  "Input of createCohort."
  input CreateCohortInput {
    "The roadmap to follow: built-in, or a public or unlisted one (never private)."
    roadmapId: ID!
    "1-100 characters."
    name: String!
    "When the first invite link stops working, ISO 8601, at most 366 days ahead; null: never."
    inviteExpiresAt: String
    "How many learners may join with the first invite link, 1 to 10,000; null: no limit."
    inviteMaxUses: Int
  }

  "Input of joinCohort."
  input JoinCohortInput {
    "The invite link, or the secret in it (wmi_...)."
    invite: String!
  }

  "Input of leaveCohort."
  input LeaveCohortInput {
    "The cohort."
    cohortId: ID!
  }

  "Input of rotateCohortInvite."
  input RotateCohortInviteInput {
    "The cohort."
    cohortId: ID!
    "When the new link stops working, ISO 8601, at most 366 days ahead; null: never."
    inviteExpiresAt: String
    "How many learners may join with the new link, 1 to 10,000; null: no limit."
    inviteMaxUses: Int
  }

  "Input of setCohortMemberRole."
  input SetCohortMemberRoleInput {
    "The cohort."
    cohortId: ID!
    "The member's login."
    login: String!
    "MENTOR or MEMBER (the owner is the one who made the cohort)."
    role: CohortRole!
  }

  "Input of removeCohortMember."
  input RemoveCohortMemberInput {
    "The cohort."
    cohortId: ID!
    "The member's login."
    login: String!
  }

  "Input of deleteCohort."
  input DeleteCohortInput {
    "The cohort."
    cohortId: ID!
  }

  "Input of setCohortSharing. A field left out stays as it is."
  input SetCohortSharingInput {
    "The cohort."
    cohortId: ID!
    "Show the viewer's name and figures to the other members (the owner and mentors always see them)."
    showMeToCohort: Boolean
    "The item whose note of the viewer's (on the cohort's roadmap) to share; null unshares."
    sharedNoteItemId: ID
  }

  extend type Viewer {
    "The cohorts the viewer is in, the most recently joined first, a page at a time (needs COHORTS)."
    cohorts(
      "How many, 0 to 100."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
    ): CohortConnection!
  }

  extend type Query {
    "A cohort the viewer is in; null when there is none (the same for one the viewer is not in). Needs COHORTS."
    cohort("The cohort's id." id: ID!): Cohort
    "What an invite link leads to, to decide whether to join. Needs COHORTS."
    cohortInvite("The invite link, or the secret in it." invite: String!): CohortInvitePreview!
  }

  extend type Mutation {
    "Creates a cohort following a roadmap, with the viewer as its owner, and its first invite link (inviteUrl)."
    createCohort("The roadmap and the name." input: CreateCohortInput!): Cohort!
    "Joins the cohort of an invite link as a MEMBER (its owner and mentors will see your figures and statuses on its roadmap)."
    joinCohort("The invite link, or its secret." input: JoinCohortInput!): Cohort!
    "Leaves a cohort: nothing of the viewer's shows there any more. The owner deletes it instead."
    leaveCohort("Which cohort." input: LeaveCohortInput!): Boolean!
    "Makes a new invite link (owner and mentors): the old one stops at once."
    rotateCohortInvite("The cohort, and the new link's expiry and uses." input: RotateCohortInviteInput!): Cohort!
    "The owner makes a member a mentor, or a mentor a member."
    setCohortMemberRole("The cohort, the member and the role." input: SetCohortMemberRoleInput!): CohortMember!
    "The owner removes a member: nothing of theirs shows there any more."
    removeCohortMember("The cohort and the member." input: RemoveCohortMemberInput!): Boolean!
    "The owner deletes the cohort (the members' own progress stays theirs)."
    deleteCohort("Which cohort." input: DeleteCohortInput!): Boolean!
    "What the viewer shows the other members: their name and figures, and one note shared on purpose."
    setCohortSharing("The cohort and the choices." input: SetCohortSharingInput!): Cohort!
  }
`;

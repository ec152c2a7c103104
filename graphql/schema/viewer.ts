import "server-only";

export const viewerTypeDefs = /* GraphQL */ `
  "What a user may do beyond their own progress."
  enum Role {
    "Everyone: reads roadmaps, keeps their own progress and notes."
    LEARNER
    "May also import and edit roadmaps."
    ADMIN
  }

  "The signed-in learner (or the owner of the access token used)."
  type Viewer {
    "The user's identifier."
    id: ID!
    "GitHub login."
    login: String!
    "Display name from GitHub, when set."
    name: String
    "GitHub avatar URL."
    avatarUrl: String
    "LEARNER or ADMIN."
    role: Role!
    "Roadmaps the viewer has started (any status change), most recently active first."
    followedRoadmaps: [Roadmap!]!
    "Items the viewer has in progress, most recently changed first; titles in the request's language where a roadmap has a translation into it."
    inProgressItems("How many, 0 to 100." first: Int = 10): [Item!]!
    "Status changes per day over the last 52 weeks, and streaks."
    activity("IANA time zone in which days start, for example Europe/Paris." timeZone: String = "UTC"): Activity!
    "Personal access tokens, newest first (needs a browser session)."
    apiTokens: [ApiToken!]!
    "Personal access tokens, newest first, a page at a time (needs a browser session)."
    apiTokensConnection(
      "How many, 0 to 100."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
    ): ApiTokenConnection!
    "The viewer's own roadmaps (written or forked), newest first, a page at a time."
    ownRoadmaps(
      "How many, 0 to 100."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
    ): RoadmapConnection!
    """
    Everything Waymark holds about the viewer as one JSON document: profile, statuses, history,
    notes, token names and dates, sessions' dates, and their roadmaps with their markdown. Needs a
    browser session.
    """
    dataExport: String!
    "The path of the viewer's public profile, /u/<login> (it answers only while profilePublic)."
    profileUrl: String!
    "Whether the viewer's profile is public (off until they turn it on)."
    profilePublic: Boolean!
    "The roadmaps the viewer chose to show on their profile, in order."
    profileRoadmaps: [Roadmap!]!
    "When the viewer's calendar subscription secret was made, ISO 8601; null when there is none."
    calendarFeedCreatedAt: String
    """
    The interface language the viewer chose, a BCP 47 tag: en, es, pt-BR, de, ja or ar; null when
    they follow the browser (its Accept-Language). Pages render in it in every browser they sign in with.
    """
    locale: String
  }

  "A learner's public profile: the same for everyone who may see it."
  type PublicProfile {
    "GitHub login."
    login: String!
    "Display name from GitHub, when set."
    name: String
    "GitHub avatar URL."
    avatarUrl: String
    "The profile's path, /u/<login>."
    url: String!
    "The IANA time zone the learner chose; days of the activity and streaks start in it."
    timeZone: String!
    "The public roadmaps the learner chose to show, in their order, with their completion."
    roadmaps: [PublicProfileRoadmap!]!
    "Status changes per day on the shown roadmaps (and nothing else) over 52 weeks, and streaks."
    activity: Activity!
  }

  "One roadmap on a public profile."
  type PublicProfileRoadmap {
    "The roadmap's slug."
    slug: String!
    "The roadmap's title."
    title: String!
    "Number of items."
    total: Int!
    "Items DONE."
    done: Int!
    "Items SKIPPED."
    skipped: Int!
    "Finished share, 0 to 100: (done + skipped) / total, one decimal."
    percent: Float!
    "The learner's README badge for the roadmap (an absolute path; ?theme=dark for the dark variant)."
    badgeUrl: String!
  }

  "A new calendar subscription secret."
  type CreateCalendarFeedPayload {
    "The secret. Shown only this once; creating another replaces it."
    secret: String!
    "ISO 8601."
    createdAt: String!
    """
    The subscription URL's path with {slug} to fill in: /api/calendar/feeds/<secret>/{slug}.ics,
    optionally with ?day=MO&time=18:00&minutes=60. The roadmap's slug goes in as it is, slash
    included (/api/calendar/feeds/<secret>/octocat/go.ics), as in Roadmap.calendarUrl.
    """
    urlTemplate: String!
  }

  "Days with at least one status change."
  type Activity {
    "One entry per day from 52 weeks ago (aligned to a Sunday) to today, oldest first."
    days: [ActivityDay!]!
    "Consecutive days with a change ending today (or yesterday, if today has none yet)."
    currentStreak: Int!
    "The longest run of consecutive days with a change, ever."
    longestStreak: Int!
    "Status changes in the period of days."
    totalChanges: Int!
  }

  "One day of the activity heatmap."
  type ActivityDay {
    "YYYY-MM-DD."
    date: String!
    "Number of status changes that day."
    count: Int!
  }

  "What a personal access token may do."
  enum TokenScope {
    "Read the viewer's statuses, notes, history and activity."
    READ_PROGRESS
    "Change the viewer's statuses and notes."
    WRITE_PROGRESS
    "Create, edit, fork and delete the viewer's own roadmaps."
    WRITE_ROADMAPS
    "Read the cohorts the viewer is in (as they show to the viewer), and create, join, leave and run them."
    COHORTS
  }

  "A personal access token, without its secret."
  type ApiToken {
    "Identifier, for revokeApiToken."
    id: ID!
    "The name given at creation."
    name: String!
    "What the token may do."
    scopes: [TokenScope!]!
    "The first characters of the secret, to tell tokens apart."
    prefix: String!
    "ISO 8601."
    createdAt: String!
    "ISO 8601, to the minute; null when never used."
    lastUsedAt: String
  }
`;

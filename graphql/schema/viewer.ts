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
    "Items the viewer has in progress, most recently changed first."
    inProgressItems("How many, 0 to 100." first: Int = 10): [Item!]!
    "Status changes per day over the last 52 weeks, and streaks."
    activity("IANA time zone in which days start, for example Europe/Paris." timeZone: String = "UTC"): Activity!
    "Personal access tokens, newest first (needs a browser session)."
    apiTokens: [ApiToken!]!
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

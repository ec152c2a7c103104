export const viewerTypeDefs = /* GraphQL */ `
  enum Role {
    LEARNER
    "May import and edit roadmaps."
    ADMIN
  }

  "The signed-in learner (or the owner of the access token used)."
  type Viewer {
    id: ID!
    "GitHub login."
    login: String!
    name: String
    avatarUrl: String
    role: Role!
    "Roadmaps the viewer has started (any status change), most recently active first."
    followedRoadmaps: [Roadmap!]!
    "Items the viewer has in progress, most recently changed first."
    inProgressItems(first: Int = 10): [Item!]!
    "Status changes per day over the last 52 weeks, and streaks, in timeZone."
    activity(timeZone: String = "UTC"): Activity!
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
    id: ID!
    name: String!
    scopes: [TokenScope!]!
    "The first characters of the secret, to tell tokens apart."
    prefix: String!
    "ISO 8601."
    createdAt: String!
    "ISO 8601; null when never used."
    lastUsedAt: String
  }
`;

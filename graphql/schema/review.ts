import "server-only";

export const reviewTypeDefs = /* GraphQL */ `
  "How well the learner remembered an item when reviewing it, as FSRS names the answers."
  enum ReviewRating {
    "Forgot it: it comes back soon."
    AGAIN
    "Remembered, with effort."
    HARD
    "Remembered."
    GOOD
    "Remembered at once: the next review is further away."
    EASY
  }

  """
  The viewer's spaced review of a finished item, scheduled by FSRS: finishing an item counts as a
  first GOOD, and every rating since moves the next review.
  """
  type ReviewState {
    "When the next review is due, ISO 8601."
    due: String!
    "When the item was last rated (or finished, before any rating), ISO 8601."
    lastReviewedAt: String
    "Ratings so far, the finishing included: pass it back in reviewItem so that a retry counts once."
    reps: Int!
    "How many times the learner forgot it (AGAIN) after remembering it."
    lapses: Int!
    "FSRS's stability: days for the chance of recall to fall to 90%."
    stability: Float!
    "FSRS's difficulty, 1 (easy) to 10 (hard)."
    difficulty: Float!
    "FSRS's chance, now, that the learner recalls the item (0 to 1)."
    retrievability: Float!
    "The interval, in days, each rating given now would set: the buttons' 'Good · in 6 days'."
    nextIntervals: ReviewIntervals!
  }

  "An interval in whole days for each rating."
  type ReviewIntervals {
    "After AGAIN."
    again: Int!
    "After HARD."
    hard: Int!
    "After GOOD."
    good: Int!
    "After EASY."
    easy: Int!
  }

  "A page of items."
  type ItemConnection {
    "The items of the page, each with its cursor."
    edges: [ItemEdge!]!
    "The items of the page (edges without cursors)."
    nodes: [Item!]!
    "Whether more pages follow, and the cursors."
    pageInfo: PageInfo!
  }

  "An item in a page, with its cursor."
  type ItemEdge {
    "Pass as after to get the items after this one."
    cursor: String!
    "The item."
    node: Item!
  }

  """
  What the viewer has to review today, where they are (the zone asked, else their browser's).
  A daily limit caps the reviews of a day, so after months away the backlog is spread over days.
  """
  type ReviewQueue {
    "Reviews due by the end of today, overdue ones included."
    dueToday: Int!
    "Of dueToday, the ones due before today."
    overdue: Int!
    "Ratings given today, on any roadmap."
    reviewedToday: Int!
    "The most reviews a day (ReviewSettings.dailyLimit)."
    dailyLimit: Int!
    "How many more reviews the limit allows today."
    remainingToday: Int!
    """
    The items to review now, at most remainingToday of them: overdue first, then the ones the
    learner is least likely to recall (FSRS's retrievability) first.
    """
    items("How many, 0 to 100." first: Int = 20, "The endCursor of the previous page." after: String): ItemConnection!
  }

  "The viewer's review settings."
  type ReviewSettings {
    "The most reviews a day (default 20)."
    dailyLimit: Int!
    "The chance of recall reviews are scheduled for, 0.7 to 0.99 (default 0.9): higher means more reviews."
    desiredRetention: Float!
    "The roadmaps on which the viewer turned review off (it is on everywhere else)."
    disabledRoadmapIds: [ID!]!
  }

  extend type Item {
    "The viewer's review of the item; null until it is in review (finished, on a roadmap with review on). Needs READ_PROGRESS."
    review: ReviewState
  }

  extend type Viewer {
    "What the viewer has to review today, on one roadmap or all. Needs READ_PROGRESS."
    reviewQueue(
      "Only this roadmap's items."
      roadmapId: ID
      "IANA time zone in which the learner's day starts, for example Europe/Paris; by default the browser's, else UTC."
      timeZone: String
    ): ReviewQueue!
    "The viewer's review settings. Needs READ_PROGRESS."
    reviewSettings: ReviewSettings!
  }

  "Input of reviewItem."
  input ReviewItemInput {
    "The item reviewed."
    itemId: ID!
    "How well the learner remembered it."
    rating: ReviewRating!
    "Optional: the client's id for this rating (8 to 64 letters, digits, - or _): a retry with it is written once."
    id: ID
    "Optional: ReviewState.reps as the client read it: a second rating of that state is a retry, written once."
    reps: Int
  }

  "Input of undoLastReview."
  input UndoLastReviewInput {
    "The item whose latest rating to take back."
    itemId: ID!
  }

  "Input of setReviewSettings: what it leaves out stays as it is."
  input SetReviewSettingsInput {
    "With enabled: the roadmap to turn review on or off on."
    roadmapId: ID
    "With roadmapId: review on (its finished items enter it) or off (they leave it)."
    enabled: Boolean
    "The most reviews a day, 1 to 500."
    dailyLimit: Int
    "The chance of recall to schedule for, 0.7 to 0.99."
    desiredRetention: Float
  }

  "A rating a visitor gave in the browser before signing in."
  input GuestReviewRatingInput {
    "The item rated."
    itemId: ID!
    "The rating."
    rating: ReviewRating!
    "When, ISO 8601 (a time in the future counts as now)."
    reviewedAt: String!
  }

  "Input of mergeGuestReviews."
  input MergeGuestReviewsInput {
    "At most 5,000 ratings."
    ratings: [GuestReviewRatingInput!]!
  }

  "What mergeGuestReviews did."
  type MergeGuestReviewsPayload {
    "Ratings added to the account's history (newer than its latest rating of their item)."
    merged: Int!
    "Ratings left out: older than the account's, or of items not in its review."
    ignored: Int!
  }

  extend type Mutation {
    """
    Rates the viewer's recall of an item in review: a new event in their history, and FSRS moves the
    next review. Retries count once (the same id, or the same reps). An item not in review is
    BAD_USER_INPUT. Needs WRITE_PROGRESS.
    """
    reviewItem("The item and the rating." input: ReviewItemInput!): Item!
    "Takes back the latest rating of an item, within 10 minutes of it. Needs WRITE_PROGRESS."
    undoLastReview("The item." input: UndoLastReviewInput!): Item!
    """
    After sign-in, after mergeGuestProgress: the ratings given as a guest join the account's review,
    per item the newer ones (the latest rating wins). Needs WRITE_PROGRESS.
    """
    mergeGuestReviews("The guest's ratings." input: MergeGuestReviewsInput!): MergeGuestReviewsPayload!
    "Changes the viewer's review settings. Needs WRITE_PROGRESS."
    setReviewSettings("What to change." input: SetReviewSettingsInput!): ReviewSettings!
  }
`;

import type { GraphQLResolveInfo } from 'graphql';
import type { RoadmapModel, SectionModel, ItemModel, ResourceModel, ViewerModel, ApiTokenModel, ActivityModel, CreateApiTokenPayloadModel, ImportRoadmapPayloadModel, CompletionModel, PublicProfileModel, CreateCalendarFeedPayloadModel, SaveRoadmapPayloadModel, RoadmapConnectionModel, ApiTokenConnectionModel, CohortModel, CohortConnectionModel, CohortMemberModel, CohortMemberConnectionModel, PublicUserModel, CohortStandingModel, CohortMatrixModel, CohortMatrixRowModel, CohortMatrixSectionModel, CohortSharedNoteModel, CohortInvitePreviewModel, CohortInviteModel, ReviewStateModel, ReviewQueueModel, ItemConnectionModel, ReviewSettingsModel, SkillModel, SharedSkillModel, RoadmapTranslationModel, SkillConnectionModel } from '../models';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Days with at least one status change. */
export type Activity = {
  __typename?: 'Activity';
  /** Consecutive days with a change ending today (or yesterday, if today has none yet). */
  currentStreak: Scalars['Int']['output'];
  /** One entry per day from 52 weeks ago (aligned to a Sunday) to today, oldest first. */
  days: Array<ActivityDay>;
  /** The longest run of consecutive days with a change, ever. */
  longestStreak: Scalars['Int']['output'];
  /** Status changes in the period of days. */
  totalChanges: Scalars['Int']['output'];
};

/** One day of the activity heatmap. */
export type ActivityDay = {
  __typename?: 'ActivityDay';
  /** Number of status changes that day. */
  count: Scalars['Int']['output'];
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
};

/** A personal access token, without its secret. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** Identifier, for revokeApiToken. */
  id: Scalars['ID']['output'];
  /** ISO 8601, to the minute; null when never used. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** The name given at creation. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  /** What the token may do. */
  scopes: Array<TokenScope>;
};

/** A page of access tokens. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** The tokens of the page, each with its cursor. */
  edges: Array<ApiTokenEdge>;
  /** The tokens of the page (edges without cursors). */
  nodes: Array<ApiToken>;
  /** Whether more pages follow, and the cursors. */
  pageInfo: PageInfo;
};

/** An access token in a page, with its cursor. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Pass as after to get the tokens after this one. */
  cursor: Scalars['String']['output'];
  /** The token. */
  node: ApiToken;
};

/**
 * A study group following one roadmap together: a mentor sees who is where, who is stuck and
 * who will finish on time; members see where the group stands. Only its members may see it:
 * to anyone else it does not exist (null, NOT_FOUND). Needs the COHORTS scope.
 */
export type Cohort = Node & {
  __typename?: 'Cohort';
  /** When the cohort was made, ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** The mentor's matrix as CSV (the owner and mentors): GET this path with the session or a COHORTS token. */
  exportPath?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The current invite's expiry and uses; null for members. */
  invite?: Maybe<CohortInvite>;
  /**
   * The current invite link's path (/cohorts/join/<secret>), for the owner and mentors to share;
   * null for members, and for an invite made before links were kept (rotate for a new one).
   */
  inviteUrl?: Maybe<Scalars['String']['output']>;
  /** The mentor's matrix of members and sections; null for members. */
  matrix?: Maybe<CohortMatrix>;
  /** Number of members, every role included. */
  memberCount: Scalars['Int']['output'];
  /**
   * The members the viewer may see, in the order they joined, a page at a time: every member for
   * the owner and mentors; otherwise the viewer and the members who chose to show themselves.
   */
  members: CohortMemberConnection;
  /** The cohort's name. */
  name: Scalars['String']['output'];
  /** The roadmap the cohort follows. */
  roadmap: Roadmap;
  /** Notes members shared with the cohort on purpose (one each at most), in the roadmap's order. */
  sharedNotes: Array<CohortSharedNote>;
  /** Whether the viewer shows their name and figures to the other members (setCohortSharing). */
  showMeToCohort: Scalars['Boolean']['output'];
  /** Where the cohort stands, without names: what every member may see. */
  standing: CohortStanding;
  /** The viewer's role in the cohort. */
  viewerRole: CohortRole;
};


/**
 * A study group following one roadmap together: a mentor sees who is where, who is stuck and
 * who will finish on time; members see where the group stands. Only its members may see it:
 * to anyone else it does not exist (null, NOT_FOUND). Needs the COHORTS scope.
 */
export type CohortMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One tenth of the way. */
export type CohortBand = {
  __typename?: 'CohortBand';
  /** Lower bound in percent (included). */
  from: Scalars['Int']['output'];
  /** Members whose completion is in the band. */
  members: Scalars['Int']['output'];
  /** Upper bound in percent (excluded, but for the last band, which includes 100). */
  to: Scalars['Int']['output'];
};

/** A page of cohorts. */
export type CohortConnection = {
  __typename?: 'CohortConnection';
  /** The cohorts of the page, each with its cursor. */
  edges: Array<CohortEdge>;
  /** The cohorts of the page (edges without cursors). */
  nodes: Array<Cohort>;
  /** Whether more pages follow, and the cursors. */
  pageInfo: PageInfo;
};

/** A cohort in a page, with its cursor. */
export type CohortEdge = {
  __typename?: 'CohortEdge';
  /** Pass as after to get the cohorts after this one. */
  cursor: Scalars['String']['output'];
  /** The cohort. */
  node: Cohort;
};

/** A cohort's current invite link, without its secret. */
export type CohortInvite = {
  __typename?: 'CohortInvite';
  /** When it was made, ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** When it stops working, ISO 8601; null: never. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** How many learners may join with it; null: no limit. */
  maxUses?: Maybe<Scalars['Int']['output']>;
  /** How many joined with it. */
  uses: Scalars['Int']['output'];
};

/** What an invite link leads to, before joining. */
export type CohortInvitePreview = {
  __typename?: 'CohortInvitePreview';
  /** When the link stops working, ISO 8601; null: never. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Members so far. */
  memberCount: Scalars['Int']['output'];
  /** The cohort's name. */
  name: Scalars['String']['output'];
  /** The roadmap it follows. */
  roadmap: Roadmap;
  /** Whether the viewer is in it already. */
  viewerIsMember: Scalars['Boolean']['output'];
};

/** The mentor's view: members by sections of the cohort's roadmap. */
export type CohortMatrix = {
  __typename?: 'CohortMatrix';
  /** One row per member, in the order they joined. */
  rows: Array<CohortMatrixRow>;
  /** Every member's status of each item of one section (a column expanded); null for a section not on the cohort's roadmap. */
  section?: Maybe<CohortMatrixSection>;
  /** Items of each section (nested ones included), in the order of sections: the totals of every row's counts. */
  sectionTotals: Array<Scalars['Int']['output']>;
  /** The columns: the roadmap's sections in reading order. */
  sections: Array<Section>;
};


/** The mentor's view: members by sections of the cohort's roadmap. */
export type CohortMatrixSectionArgs = {
  id: Scalars['ID']['input'];
};

/** A member's counts on one section. */
export type CohortMatrixCell = {
  __typename?: 'CohortMatrixCell';
  /** Items DONE. */
  done: Scalars['Int']['output'];
  /** Items IN_PROGRESS. */
  inProgress: Scalars['Int']['output'];
  /** Finished share, 0 to 100: (done + skipped) / total, one decimal. */
  percent: Scalars['Float']['output'];
  /** The section's id. */
  sectionId: Scalars['ID']['output'];
  /** Items SKIPPED. */
  skipped: Scalars['Int']['output'];
  /** Items of the section. */
  total: Scalars['Int']['output'];
};

/** A member's statuses on a section's items. */
export type CohortMatrixItemRow = {
  __typename?: 'CohortMatrixItemRow';
  /** The member. */
  member: CohortMember;
  /** One status per item of CohortMatrixSection.items, in its order. */
  statuses: Array<ItemStatus>;
};

/** One member's row of the matrix. */
export type CohortMatrixRow = {
  __typename?: 'CohortMatrixRow';
  /** One cell per section, in the order of CohortMatrix.sections: the detailed form of counts. */
  cells: Array<CohortMatrixCell>;
  /**
   * The row's counts in compact form: three numbers per section, in the order of
   * CohortMatrix.sections: items DONE, SKIPPED and IN_PROGRESS (section i at 3i, 3i + 1 and
   * 3i + 2). The figures of cells, at a fraction of their cost in a large matrix (60 fields a row
   * at 15 sections); a cell's total is CohortMatrix.sectionTotals[i], its percent
   * (done + skipped) / total, one decimal.
   */
  counts: Array<Scalars['Int']['output']>;
  /** The member. */
  member: CohortMember;
};

/** The items of one section by member. */
export type CohortMatrixSection = {
  __typename?: 'CohortMatrixSection';
  /** Its items, nested ones included, in reading order: the order of each row's statuses. */
  items: Array<Item>;
  /** One row per member, in the order they joined. */
  rows: Array<CohortMatrixItemRow>;
  /** The section. */
  section: Section;
};

/** A member of a cohort, as the viewer may see them. */
export type CohortMember = {
  __typename?: 'CohortMember';
  /**
   * Their completion of the cohort's roadmap, with pace, forecast and target as on their
   * dashboard (days cut in the requested time zone).
   */
  completion: Completion;
  /** When they joined, ISO 8601. */
  joinedAt: Scalars['String']['output'];
  /** Their last status change on the cohort's roadmap, ISO 8601; null when none, and for viewers other than the owner and mentors. */
  lastActiveAt?: Maybe<Scalars['String']['output']>;
  /** Their role. */
  role: CohortRole;
  /** Items in progress for more than 14 days with no change, in the roadmap's order; empty for viewers other than the owner and mentors. */
  stuckItems: Array<Item>;
  /** Who. */
  user: PublicUser;
};


/** A member of a cohort, as the viewer may see them. */
export type CohortMemberCompletionArgs = {
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A page of cohort members. */
export type CohortMemberConnection = {
  __typename?: 'CohortMemberConnection';
  /** The members of the page, each with its cursor. */
  edges: Array<CohortMemberEdge>;
  /** The members of the page (edges without cursors). */
  nodes: Array<CohortMember>;
  /** Whether more pages follow, and the cursors. */
  pageInfo: PageInfo;
};

/** A cohort member in a page, with its cursor. */
export type CohortMemberEdge = {
  __typename?: 'CohortMemberEdge';
  /** Pass as after to get the members after this one. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: CohortMember;
};

/** The viewer's place in a cohort's standing. */
export type CohortPlace = {
  __typename?: 'CohortPlace';
  /** Index of the viewer's band in bands, 0 to 9. */
  band: Scalars['Int']['output'];
  /** Members further along than the viewer. */
  membersAhead: Scalars['Int']['output'];
  /** The viewer's items DONE per week over the last 4 weeks. */
  pacePerWeek: Scalars['Float']['output'];
  /** The viewer's completion, 0 to 100. */
  percent: Scalars['Float']['output'];
};

/** A member's part in a cohort. */
export type CohortRole =
  /** Follows the roadmap with the others; sees the standing, and the names and figures of members who show them. */
  | 'MEMBER'
  /** Sees every member's figures and statuses on the cohort's roadmap, and makes new invite links. */
  | 'MENTOR'
  /** Made the cohort: runs it (invites, mentors, removals) and deletes it. One per cohort. */
  | 'OWNER';

/** A note a member shared with the cohort on purpose. */
export type CohortSharedNote = {
  __typename?: 'CohortSharedNote';
  /** Who shared it: null unless they show themselves to the cohort (the owner and mentors always see it). */
  author?: Maybe<PublicUser>;
  /** The item the note is about. */
  item: Item;
  /** The note in markdown. */
  note: Scalars['String']['output'];
  /** The note rendered to sanitised HTML. */
  noteHtml: Scalars['String']['output'];
};

/** Where a cohort stands: how many members are in each tenth of the way, and the viewer's place. */
export type CohortStanding = {
  __typename?: 'CohortStanding';
  /** Ten bands of completion, 0-10 % first (100 % is in the last). */
  bands: Array<CohortBand>;
  /** The median of the members' items DONE per week over the last 4 weeks. */
  medianPacePerWeek: Scalars['Float']['output'];
  /** Members counted. */
  memberCount: Scalars['Int']['output'];
  /** The viewer's own place. */
  viewer: CohortPlace;
};

/**
 * Completion of a set of items. percent counts DONE and SKIPPED as finished:
 * (done + skipped) / total * 100, rounded to one decimal; 0 when total is 0.
 */
export type Completion = {
  __typename?: 'Completion';
  /** Days between finishOn and targetDate, positive when ahead; null without both. */
  daysAheadOfTarget?: Maybe<Scalars['Int']['output']>;
  /** Items DONE. */
  done: Scalars['Int']['output'];
  /**
   * The forecast, YYYY-MM-DD in the time zone: the day the remaining items are finished at
   * pacePerWeek. When everything is finished, the day it was. Null without enough history, or stalled.
   */
  finishOn?: Maybe<Scalars['String']['output']>;
  /** Items marked DONE this week (since Monday, in the time zone). */
  finishedThisWeek: Scalars['Int']['output'];
  /** Whether there is a forecast, and if not, why. */
  forecast: ForecastStatus;
  /** Items IN_PROGRESS. */
  inProgress: Scalars['Int']['output'];
  /**
   * Items the viewer marked DONE per week over the last 4 weeks (over the time since they started,
   * at least a week, when that is shorter). Skipped items shorten what is left but are not pace.
   */
  pacePerWeek: Scalars['Float']['output'];
  /** Items DONE per week since the viewer started (at least a week). */
  pacePerWeekSinceStart: Scalars['Float']['output'];
  /** Finished share, 0 to 100: (done + skipped) / total, one decimal. */
  percent: Scalars['Float']['output'];
  /** Items per week needed from today to finish by targetDate (today and the target day count); null without a target or once it has passed. */
  requiredPacePerWeek?: Maybe<Scalars['Float']['output']>;
  /** Items SKIPPED. */
  skipped: Scalars['Int']['output'];
  /** The day the viewer started (their first change still standing), YYYY-MM-DD in the time zone; null before any. */
  startedOn?: Maybe<Scalars['String']['output']>;
  /** The viewer's target date for the roadmap, YYYY-MM-DD, or null (always null on a section). */
  targetDate?: Maybe<Scalars['String']['output']>;
  /** Where the viewer stands against targetDate; null without one. */
  targetStatus?: Maybe<TargetStatus>;
  /** Number of items in the set. */
  total: Scalars['Int']['output'];
  /** Items per week the viewer aims for on the roadmap, or null (always null on a section). */
  weeklyGoal?: Maybe<Scalars['Int']['output']>;
};

/** Input of createApiToken. */
export type CreateApiTokenInput = {
  /** 1-100 characters, to recognise the token later. */
  name: Scalars['String']['input'];
  /** At least one scope. */
  scopes: Array<TokenScope>;
};

/** A new token and its secret. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The token's details, as listed later. */
  apiToken: ApiToken;
  /** The secret: send it as Authorization: Bearer <token>. Shown only this once. */
  token: Scalars['String']['output'];
};

/** A new calendar subscription secret. */
export type CreateCalendarFeedPayload = {
  __typename?: 'CreateCalendarFeedPayload';
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** The secret. Shown only this once; creating another replaces it. */
  secret: Scalars['String']['output'];
  /**
   * The subscription URL's path with {slug} to fill in: /api/calendar/feeds/<secret>/{slug}.ics,
   * optionally with ?day=MO&time=18:00&minutes=60. The roadmap's slug goes in as it is, slash
   * included (/api/calendar/feeds/<secret>/octocat/go.ics), as in Roadmap.calendarUrl.
   */
  urlTemplate: Scalars['String']['output'];
};

/** Input of createCohort. */
export type CreateCohortInput = {
  /** When the first invite link stops working, ISO 8601, at most 366 days ahead; null: never. */
  inviteExpiresAt?: InputMaybe<Scalars['String']['input']>;
  /** How many learners may join with the first invite link, 1 to 10,000; null: no limit. */
  inviteMaxUses?: InputMaybe<Scalars['Int']['input']>;
  /** 1-100 characters. */
  name: Scalars['String']['input'];
  /** The roadmap to follow: built-in, or a public or unlisted one (never private). */
  roadmapId: Scalars['ID']['input'];
};

/** Input of deleteAccount. */
export type DeleteAccountInput = {
  /** The viewer's GitHub login, typed to confirm. */
  login: Scalars['String']['input'];
};

/** Input of deleteCohort. */
export type DeleteCohortInput = {
  /** The cohort. */
  cohortId: Scalars['ID']['input'];
};

/** Input of deleteRoadmap. */
export type DeleteRoadmapInput = {
  /** One of the viewer's own roadmaps. */
  roadmapId: Scalars['ID']['input'];
};

/** Input of deleteRoadmapTranslation. */
export type DeleteRoadmapTranslationInput = {
  /** The translation's language. */
  language: Scalars['String']['input'];
  /** A roadmap the viewer may edit. */
  roadmapId: Scalars['ID']['input'];
};

/** A format of Roadmap.export. */
export type ExportFormat =
  /** One row per item: section, item, key, parent_key, status, started_at, finished_at, updated_at, note. */
  | 'CSV'
  /** The roadmap with the viewer's statuses, notes and history of changes. */
  | 'JSON'
  /**
   * The checklist the importer reads, every item's key pinned: [x] done, [/] in
   * progress, [-] skipped, [ ] not started, the viewer's notes as quotes under
   * their item. Importing it gives the same roadmap (and, with restoreStatuses, the statuses).
   */
  | 'MARKDOWN';

/** Whether a forecast could be made. */
export type ForecastStatus =
  /** Nothing left: finishOn is the day the last item was finished. */
  | 'FINISHED'
  /** finishOn is the forecast. */
  | 'FORECAST'
  /** Less than a week since the viewer started, or fewer than two items done: no honest forecast yet. */
  | 'NOT_ENOUGH_HISTORY'
  /** Nothing marked DONE in the last 4 weeks. */
  | 'STALLED';

/** Input of forkRoadmap. */
export type ForkRoadmapInput = {
  /**
   * Copy the viewer's own statuses on the original to the fork's items with the same keys. Default false.
   * A token needs READ_PROGRESS and WRITE_PROGRESS for it too (FORBIDDEN without, and no fork is made).
   */
  copyProgress?: InputMaybe<Scalars['Boolean']['input']>;
  /** A roadmap the viewer may see: public, unlisted, or their own. */
  roadmapId: Scalars['ID']['input'];
};

/** One item a guest changed. */
export type GuestProgressEntry = {
  /** The item. */
  itemId: Scalars['ID']['input'];
  /** The status the guest gave it. */
  status: ItemStatus;
  /** When the guest made the change, ISO 8601. */
  updatedAt: Scalars['String']['input'];
};

/** A rating a visitor gave in the browser before signing in. */
export type GuestReviewRatingInput = {
  /** The item rated. */
  itemId: Scalars['ID']['input'];
  /** The rating. */
  rating: ReviewRating;
  /** When, ISO 8601 (a time in the future counts as now). */
  reviewedAt: Scalars['String']['input'];
};

/** Input of importRoadmap. */
export type ImportRoadmapInput = {
  /** The roadmap as a markdown checklist (see the README for the format). */
  markdown: Scalars['String']['input'];
  /** URL-safe name: lowercase letters, digits and dashes. */
  slug: Scalars['String']['input'];
};

/** What importRoadmap did. */
export type ImportRoadmapPayload = {
  __typename?: 'ImportRoadmapPayload';
  /** Sections and items added or changed. */
  changed: Scalars['Int']['output'];
  /** True when the slug was new. */
  created: Scalars['Boolean']['output'];
  /** Sections and items no longer in the markdown (kept for history, hidden). */
  retired: Scalars['Int']['output'];
  /** The roadmap as it is now. */
  roadmap: Roadmap;
};

/** One checklist line of a roadmap. */
export type Item = Node & {
  __typename?: 'Item';
  /** Nested checklist lines, in order. */
  children: Array<Item>;
  /**
   * When the viewer last marked the item DONE, ISO 8601, while it is DONE; null otherwise, or signed
   * out.
   */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier; use it in mutations. */
  id: Scalars['ID']['output'];
  /** Stable across re-imports of the roadmap (derived from the text, or pinned by the author). */
  key: Scalars['String']['output'];
  /** The viewer's private note in markdown; null when none or signed out. */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * The viewer's note rendered to sanitised HTML, stored when the note is written; a note kept from
   * before the note limits that breaks them shows as escaped text. Null when none or signed out.
   */
  noteHtml?: Maybe<Scalars['String']['output']>;
  /** 0-based position among its siblings. */
  position: Scalars['Int']['output'];
  /** Curated links for this item, official documentation first. */
  resources: Array<Resource>;
  /** The viewer's review of the item; null until it is in review (finished, on a roadmap with review on). Needs READ_PROGRESS. */
  review?: Maybe<ReviewState>;
  /** The roadmap the item belongs to. */
  roadmap: Roadmap;
  /** The section the item belongs to. */
  section: Section;
  /** The skill the item claims; null when it claims none. */
  skill?: Maybe<Skill>;
  /**
   * When the viewer first marked the item IN_PROGRESS, ISO 8601; null when never (or not since the
   * item was last put back to NOT_STARTED, which starts it over), or signed out.
   */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** The viewer's status; null when signed out. */
  status?: Maybe<ItemStatus>;
  /**
   * The item where the viewer set this item's skill's status, when that is another item on a roadmap
   * the viewer may see; null otherwise (no skill, set here, never set, signed out). Needs READ_PROGRESS.
   */
  statusSource?: Maybe<Item>;
  /** When the viewer last changed this item's status (ISO 8601); null when never or signed out. */
  statusUpdatedAt?: Maybe<Scalars['String']['output']>;
  /** The checklist line's text. */
  title: Scalars['String']['output'];
};

/** A page of items. */
export type ItemConnection = {
  __typename?: 'ItemConnection';
  /** The items of the page, each with its cursor. */
  edges: Array<ItemEdge>;
  /** The items of the page (edges without cursors). */
  nodes: Array<Item>;
  /** Whether more pages follow, and the cursors. */
  pageInfo: PageInfo;
};

/** An item in a page, with its cursor. */
export type ItemEdge = {
  __typename?: 'ItemEdge';
  /** Pass as after to get the items after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Item;
};

/** A learner's status for one item. */
export type ItemStatus =
  /** Finished. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started yet (also the status of every item a learner never touched). */
  | 'NOT_STARTED'
  /** Deliberately left out; counts as finished in completion figures. */
  | 'SKIPPED';

/** Input of joinCohort. */
export type JoinCohortInput = {
  /** The invite link, or the secret in it (wmi_...). */
  invite: Scalars['String']['input'];
};

/** Input of leaveCohort. */
export type LeaveCohortInput = {
  /** The cohort. */
  cohortId: Scalars['ID']['input'];
};

/** Input of mergeGuestProgress. */
export type MergeGuestProgressInput = {
  /** At most 5,000 entries. */
  entries: Array<GuestProgressEntry>;
};

/** What mergeGuestProgress did. */
export type MergeGuestProgressPayload = {
  __typename?: 'MergeGuestProgressPayload';
  /** Entries for items that no longer exist. */
  ignored: Scalars['Int']['output'];
  /** Changes applied. */
  merged: Scalars['Int']['output'];
};

/** Input of mergeGuestReviews. */
export type MergeGuestReviewsInput = {
  /** At most 5,000 ratings. */
  ratings: Array<GuestReviewRatingInput>;
};

/** What mergeGuestReviews did. */
export type MergeGuestReviewsPayload = {
  __typename?: 'MergeGuestReviewsPayload';
  /** Ratings left out: older than the account's, or of items not in its review. */
  ignored: Scalars['Int']['output'];
  /** Ratings added to the account's history (newer than its latest rating of their item). */
  merged: Scalars['Int']['output'];
};

/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a personal access token. The secret is in the payload once and never again. Needs a browser session. */
  createApiToken: CreateApiTokenPayload;
  /** Creates the viewer's calendar subscription secret, replacing (and revoking) any earlier one. Needs a browser session. */
  createCalendarFeed: CreateCalendarFeedPayload;
  /** Creates a cohort following a roadmap, with the viewer as its owner, and its first invite link (inviteUrl). */
  createCohort: Cohort;
  /**
   * Deletes the viewer's account and everything Waymark holds about them (sessions end, tokens stop
   * working, their roadmaps go). Needs a browser session and the login typed to confirm.
   */
  deleteAccount: Scalars['Boolean']['output'];
  /** The owner deletes the cohort (the members' own progress stays theirs). */
  deleteCohort: Scalars['Boolean']['output'];
  /**
   * Deletes one of the viewer's roadmaps, with every learner's progress and notes on it (forks stay).
   * Built-in roadmaps cannot be deleted.
   */
  deleteRoadmap: Scalars['Boolean']['output'];
  /** Removes a translation; its readers see the original. Needs WRITE_ROADMAPS. */
  deleteRoadmapTranslation: Roadmap;
  /** Copies a roadmap the viewer may see into a new PRIVATE roadmap of theirs, linked back to it. */
  forkRoadmap: Roadmap;
  /** Creates or updates a built-in roadmap from a markdown checklist (administrators only). */
  importRoadmap: ImportRoadmapPayload;
  /** Joins the cohort of an invite link as a MEMBER (its owner and mentors will see your figures and statuses on its roadmap). */
  joinCohort: Cohort;
  /** Leaves a cohort: nothing of the viewer's shows there any more. The owner deletes it instead. */
  leaveCohort: Scalars['Boolean']['output'];
  /** Folds progress made as a guest (in the browser) into the account; per item the newer change wins. */
  mergeGuestProgress: MergeGuestProgressPayload;
  /**
   * After sign-in, after mergeGuestProgress: the ratings given as a guest join the account's review,
   * per item the newer ones (the latest rating wins). Needs WRITE_PROGRESS.
   */
  mergeGuestReviews: MergeGuestReviewsPayload;
  /** The owner removes a member: nothing of theirs shows there any more. */
  removeCohortMember: Scalars['Boolean']['output'];
  /** Puts every item of a roadmap back to NOT_STARTED for the viewer (history keeps the reset; notes stay). */
  resetRoadmapProgress: Roadmap;
  /**
   * Rates the viewer's recall of an item in review: a new event in their history, and FSRS moves the
   * next review. Retries count once (the same id, or the same reps). An item not in review is
   * BAD_USER_INPUT. Needs WRITE_PROGRESS.
   */
  reviewItem: Item;
  /** Revokes one of the viewer's tokens; true when it was active. Needs a browser session. */
  revokeApiToken: Scalars['Boolean']['output'];
  /** Revokes the viewer's calendar subscription secret; true when there was one. Needs a browser session. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** Makes a new invite link (owner and mentors): the old one stops at once. */
  rotateCohortInvite: Cohort;
  /**
   * Creates a roadmap of the viewer's own from markdown, or saves a new version of one they may edit,
   * keeping every learner's progress and notes on items whose key survived. dryRun says what would
   * change and writes nothing. Problems in the markdown: BAD_USER_INPUT with extensions.problems, each
   * with its line, message (English), code and values (to say it in another language). Needs WRITE_ROADMAPS; saves per minute are limited (RATE_LIMITED).
   */
  saveRoadmap: SaveRoadmapPayload;
  /**
   * Adds or replaces a translation of a roadmap the viewer may edit; returns the roadmap in that
   * language. A file with problems, or one whose keys do not match the original's, is BAD_USER_INPUT
   * with extensions.problems (line, message, code, values), extensions.missingKeys (the original's keys it lacks,
   * with their lines in the original) and extensions.extraKeys (its keys the original lacks, with
   * their lines); nothing is written. Needs WRITE_ROADMAPS; counts as a save (RATE_LIMITED).
   */
  saveRoadmapTranslation: Roadmap;
  /** The owner makes a member a mentor, or a mentor a member. */
  setCohortMemberRole: CohortMember;
  /** What the viewer shows the other members: their name and figures, and one note shared on purpose. */
  setCohortSharing: Cohort;
  /** Writes the viewer's private note on an item; an empty or null note deletes it. */
  setItemNote: Item;
  /** Sets the viewer's status of one item. Idempotent: repeating a status changes nothing. */
  setItemStatus: Item;
  /**
   * Saves the interface language the viewer chose (Viewer.locale), or null to follow the browser. A tag
   * that is not one of en, es, pt-BR, de, ja, ar is BAD_USER_INPUT. Needs WRITE_PROGRESS.
   */
  setLocale: Viewer;
  /** Makes the viewer's profile public or private and chooses its roadmaps. Needs a browser session. */
  setProfileVisibility: Viewer;
  /** Changes the viewer's review settings. Needs WRITE_PROGRESS. */
  setReviewSettings: ReviewSettings;
  /** Sets, changes or clears the viewer's target date and weekly goal on a roadmap. */
  setRoadmapGoal: Roadmap;
  /** Changes who may see a roadmap: its owner freely; an administrator may unlist a learner's PUBLIC roadmap. */
  setRoadmapVisibility: Roadmap;
  /** Takes back the latest rating of an item, within 10 minutes of it. Needs WRITE_PROGRESS. */
  undoLastReview: Item;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationDeleteAccountArgs = {
  input: DeleteAccountInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationDeleteCohortArgs = {
  input: DeleteCohortInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationDeleteRoadmapArgs = {
  input: DeleteRoadmapInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationDeleteRoadmapTranslationArgs = {
  input: DeleteRoadmapTranslationInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationForkRoadmapArgs = {
  input: ForkRoadmapInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationImportRoadmapArgs = {
  input: ImportRoadmapInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationJoinCohortArgs = {
  input: JoinCohortInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationLeaveCohortArgs = {
  input: LeaveCohortInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationMergeGuestProgressArgs = {
  input: MergeGuestProgressInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationMergeGuestReviewsArgs = {
  input: MergeGuestReviewsInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationRemoveCohortMemberArgs = {
  input: RemoveCohortMemberInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationResetRoadmapProgressArgs = {
  input: ResetRoadmapProgressInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationReviewItemArgs = {
  input: ReviewItemInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationRotateCohortInviteArgs = {
  input: RotateCohortInviteInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSaveRoadmapArgs = {
  input: SaveRoadmapInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSaveRoadmapTranslationArgs = {
  input: SaveRoadmapTranslationInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetCohortMemberRoleArgs = {
  input: SetCohortMemberRoleInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetCohortSharingArgs = {
  input: SetCohortSharingInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetItemNoteArgs = {
  input: SetItemNoteInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetItemStatusArgs = {
  input: SetItemStatusInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetLocaleArgs = {
  input: SetLocaleInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetProfileVisibilityArgs = {
  input: SetProfileVisibilityInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetReviewSettingsArgs = {
  input: SetReviewSettingsInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetRoadmapGoalArgs = {
  input: SetRoadmapGoalInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetRoadmapVisibilityArgs = {
  input: SetRoadmapVisibilityInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationUndoLastReviewArgs = {
  input: UndoLastReviewInput;
};

/**
 * An object with a global id: Query.node(id) fetches any of them. Roadmaps,
 * sections, items, resources, cohorts and skills are nodes; their ids are the ones every other
 * field and mutation uses (unique across types), so stored ids stay valid.
 */
export type Node = {
  /** Opaque identifier, unique across every type. */
  id: Scalars['ID']['output'];
};

/** Where a page of a connection sits (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page, for the next page's after; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow: ask again with after: endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The page started after a cursor. Pagination is forward only (first and after). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One day of a burn-up chart. */
export type ProgressBucket = {
  __typename?: 'ProgressBucket';
  /** The day, YYYY-MM-DD in the requested time zone. */
  date: Scalars['String']['output'];
  /** Items DONE at the end of the day. */
  done: Scalars['Int']['output'];
  /** Items finished (DONE or SKIPPED) at the end of the day. */
  finished: Scalars['Int']['output'];
  /** Items of the roadmap today (the chart's scope line). */
  total: Scalars['Int']['output'];
};

/** A learner's public profile: the same for everyone who may see it. */
export type PublicProfile = {
  __typename?: 'PublicProfile';
  /** Status changes per day on the shown roadmaps (and nothing else) over 52 weeks, and streaks. */
  activity: Activity;
  /** GitHub avatar URL. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** GitHub login. */
  login: Scalars['String']['output'];
  /** Display name from GitHub, when set. */
  name?: Maybe<Scalars['String']['output']>;
  /** The public roadmaps the learner chose to show, in their order, with their completion. */
  roadmaps: Array<PublicProfileRoadmap>;
  /** The IANA time zone the learner chose; days of the activity and streaks start in it. */
  timeZone: Scalars['String']['output'];
  /** The profile's path, /u/<login>. */
  url: Scalars['String']['output'];
};

/** One roadmap on a public profile. */
export type PublicProfileRoadmap = {
  __typename?: 'PublicProfileRoadmap';
  /** The learner's README badge for the roadmap (an absolute path; ?theme=dark for the dark variant). */
  badgeUrl: Scalars['String']['output'];
  /** Items DONE. */
  done: Scalars['Int']['output'];
  /** Finished share, 0 to 100: (done + skipped) / total, one decimal. */
  percent: Scalars['Float']['output'];
  /** Items SKIPPED. */
  skipped: Scalars['Int']['output'];
  /** The roadmap's slug. */
  slug: Scalars['String']['output'];
  /** The roadmap's title. */
  title: Scalars['String']['output'];
  /** Number of items. */
  total: Scalars['Int']['output'];
};

/** What a cohort shows of a person: never their e-mail, tokens, notes or other roadmaps. */
export type PublicUser = {
  __typename?: 'PublicUser';
  /** GitHub avatar URL. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** GitHub login. */
  login: Scalars['String']['output'];
  /** Display name from GitHub, when set. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Reading roadmaps and the viewer's progress. */
export type Query = {
  __typename?: 'Query';
  /** A cohort the viewer is in; null when there is none (the same for one the viewer is not in). Needs COHORTS. */
  cohort?: Maybe<Cohort>;
  /** What an invite link leads to, to decide whether to join. Needs COHORTS. */
  cohortInvite: CohortInvitePreview;
  /** Public roadmaps (built-in and learners'), newest first, a page at a time. Never unlisted or private ones. */
  explore: RoadmapConnection;
  /** One item by id; null when there is none. */
  item?: Maybe<Item>;
  /** Any roadmap, section, item, resource or cohort by id; null when there is none the viewer may see. */
  node?: Maybe<Node>;
  /** A learner's public profile; null when there is no such learner or the profile is not public (the two are not told apart). */
  profile?: Maybe<PublicProfile>;
  /**
   * One roadmap by slug; null when there is none. Its texts are in its translation into language when
   * it has one (an exact tag, else one of the same language: pt is pt-BR); without language, in the
   * viewer's language (their saved locale, else the locale cookie, else Accept-Language); else as
   * written. Roadmap.language says which.
   */
  roadmap?: Maybe<Roadmap>;
  /** The built-in roadmaps, in title order (learners' public roadmaps are on explore). */
  roadmaps: Array<Roadmap>;
  /** A skill by name; null when there is none the viewer may know of. */
  skill?: Maybe<Skill>;
  /**
   * Skills an item could claim, best first (at most 5): those whose name is a word or words of its
   * title or whose title is like it, and those claimed by items that share one of its links. Drawn
   * only from PUBLIC roadmaps and the viewer's own (never another learner's UNLISTED or PRIVATE one),
   * each with an item that claims it there. BAD_USER_INPUT past a limit.
   */
  skillSuggestions: Array<SkillSuggestion>;
  /**
   * Skills in name order whose name starts with query or whose title contains it (any case), among
   * those some roadmap listed to the viewer claims.
   */
  skills: SkillConnection;
  /** The signed-in learner; null when signed out. */
  viewer?: Maybe<Viewer>;
};


/** Reading roadmaps and the viewer's progress. */
export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QueryCohortInviteArgs = {
  invite: Scalars['String']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QueryExploreArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  skill?: InputMaybe<Scalars['String']['input']>;
};


/** Reading roadmaps and the viewer's progress. */
export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QueryProfileArgs = {
  login: Scalars['String']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QueryRoadmapArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QuerySkillArgs = {
  name: Scalars['String']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QuerySkillSuggestionsArgs = {
  title: Scalars['String']['input'];
  urls?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Reading roadmaps and the viewer's progress. */
export type QuerySkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};

/** Input of removeCohortMember. */
export type RemoveCohortMemberInput = {
  /** The cohort. */
  cohortId: Scalars['ID']['input'];
  /** The member's login. */
  login: Scalars['String']['input'];
};

/** Input of resetRoadmapProgress. */
export type ResetRoadmapProgressInput = {
  /**
   * Also reset the skills it shares with the viewer's other roadmaps (Roadmap.viewerSharedSkills):
   * their status is one on every roadmap, so they reset there too. False by default: items claiming
   * them keep their status.
   */
  resetSharedSkills?: InputMaybe<Scalars['Boolean']['input']>;
  /** The roadmap to start over. */
  roadmapId: Scalars['ID']['input'];
};

/** A curated link. */
export type Resource = Node & {
  __typename?: 'Resource';
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** What kind of resource the link points to. */
  kind: ResourceKind;
  /**
   * The language of the page it links to, when it is not the language the roadmap is served in
   * (a link to English documentation in a Spanish translation: en); null otherwise.
   */
  language?: Maybe<Scalars['String']['output']>;
  /** What the link is called. */
  title: Scalars['String']['output'];
  /** An absolute http(s) URL, exactly as the roadmap's author wrote it (checked, never normalised). */
  url: Scalars['String']['output'];
  /**
   * The type its author wrote in roadmap.sh's [@type@Title](url) form, in lower case, when it is
   * not one of Waymark's kinds by name (paper, guide, tool, dataset, conference, feed…): kind is
   * then its nearest kind, and the markdown export writes the type back. Null otherwise.
   */
  writtenType?: Maybe<Scalars['String']['output']>;
};

/** What a resource link points to. */
export type ResourceKind =
  /** An article, guide or blog post. */
  | 'ARTICLE'
  /** A book (free online or not). */
  | 'BOOK'
  /** A course or structured curriculum. */
  | 'COURSE'
  /** Something to practise in the browser. */
  | 'INTERACTIVE'
  /** Official documentation or specification. */
  | 'OFFICIAL'
  /** An open-source repository. */
  | 'OPENSOURCE'
  /** A podcast episode or show. */
  | 'PODCAST'
  /** A video or talk. */
  | 'VIDEO';

/** An interval in whole days for each rating. */
export type ReviewIntervals = {
  __typename?: 'ReviewIntervals';
  /** After AGAIN. */
  again: Scalars['Int']['output'];
  /** After EASY. */
  easy: Scalars['Int']['output'];
  /** After GOOD. */
  good: Scalars['Int']['output'];
  /** After HARD. */
  hard: Scalars['Int']['output'];
};

/** Input of reviewItem. */
export type ReviewItemInput = {
  /** Optional: the client's id for this rating (8 to 64 letters, digits, - or _): a retry with it is written once. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The item reviewed. */
  itemId: Scalars['ID']['input'];
  /** How well the learner remembered it. */
  rating: ReviewRating;
  /** Optional: ReviewState.reps as the client read it: a second rating of that state is a retry, written once. */
  reps?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What the viewer has to review today, where they are (the zone asked, else their browser's).
 * A daily limit caps the reviews of a day, so after months away the backlog is spread over days.
 */
export type ReviewQueue = {
  __typename?: 'ReviewQueue';
  /** The most reviews a day (ReviewSettings.dailyLimit). */
  dailyLimit: Scalars['Int']['output'];
  /** Reviews due by the end of today, overdue ones included. */
  dueToday: Scalars['Int']['output'];
  /**
   * The items to review now, at most remainingToday of them: overdue first, then the ones the
   * learner is least likely to recall (FSRS's retrievability) first.
   */
  items: ItemConnection;
  /** Of dueToday, the ones due before today. */
  overdue: Scalars['Int']['output'];
  /** How many more reviews the limit allows today. */
  remainingToday: Scalars['Int']['output'];
  /** Ratings given today, on any roadmap. */
  reviewedToday: Scalars['Int']['output'];
};


/**
 * What the viewer has to review today, where they are (the zone asked, else their browser's).
 * A daily limit caps the reviews of a day, so after months away the backlog is spread over days.
 */
export type ReviewQueueItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How well the learner remembered an item when reviewing it, as FSRS names the answers. */
export type ReviewRating =
  /** Forgot it: it comes back soon. */
  | 'AGAIN'
  /** Remembered at once: the next review is further away. */
  | 'EASY'
  /** Remembered. */
  | 'GOOD'
  /** Remembered, with effort. */
  | 'HARD';

/** The viewer's review settings. */
export type ReviewSettings = {
  __typename?: 'ReviewSettings';
  /** The most reviews a day (default 20). */
  dailyLimit: Scalars['Int']['output'];
  /** The chance of recall reviews are scheduled for, 0.7 to 0.99 (default 0.9): higher means more reviews. */
  desiredRetention: Scalars['Float']['output'];
  /** The roadmaps on which the viewer turned review off (it is on everywhere else). */
  disabledRoadmapIds: Array<Scalars['ID']['output']>;
};

/**
 * The viewer's spaced review of a finished item, scheduled by FSRS: finishing an item counts as a
 * first GOOD, and every rating since moves the next review.
 */
export type ReviewState = {
  __typename?: 'ReviewState';
  /** FSRS's difficulty, 1 (easy) to 10 (hard). */
  difficulty: Scalars['Float']['output'];
  /** When the next review is due, ISO 8601. */
  due: Scalars['String']['output'];
  /** How many times the learner forgot it (AGAIN) after remembering it. */
  lapses: Scalars['Int']['output'];
  /** When the item was last rated (or finished, before any rating), ISO 8601. */
  lastReviewedAt?: Maybe<Scalars['String']['output']>;
  /** The interval, in days, each rating given now would set: the buttons' 'Good · in 6 days'. */
  nextIntervals: ReviewIntervals;
  /** Ratings so far, the finishing included: pass it back in reviewItem so that a retry counts once. */
  reps: Scalars['Int']['output'];
  /** FSRS's chance, now, that the learner recalls the item (0 to 1). */
  retrievability: Scalars['Float']['output'];
  /** FSRS's stability: days for the chance of recall to fall to 90%. */
  stability: Scalars['Float']['output'];
};

/** Input of revokeApiToken. */
export type RevokeApiTokenInput = {
  /** The token's id. */
  id: Scalars['ID']['input'];
};

/** A learning roadmap: ordered sections of checklist items with curated resources. */
export type Roadmap = Node & {
  __typename?: 'Roadmap';
  /** The viewer's README badge for this roadmap (an absolute path; ?theme=dark for the dark variant); null when signed out. It shows the viewer's completion once their profile is public and lists this roadmap, and a neutral not-found badge until then. */
  badgeUrl?: Maybe<Scalars['String']['output']>;
  /**
   * The viewer's weekly study reminder for this roadmap as an .ics file (an absolute path:
   * /api/calendar/<slug>.ics, so /api/calendar/<login>/<name>.ics for a learner's roadmap; add
   * ?day=MO&time=18:00&minutes=60 for another slot). It answers the session's learner or a token
   * with READ_PROGRESS, and only for a roadmap they may see. Null when signed out.
   */
  calendarUrl?: Maybe<Scalars['String']['output']>;
  /** A paragraph about the roadmap, when it has one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The roadmap with the viewer's progress and notes in that format; null when signed out (needs READ_PROGRESS). */
  export?: Maybe<Scalars['String']['output']>;
  /**
   * The roadmap this one was forked from, while it exists and the viewer may see it (its
   * owner's, unlisted or public); null otherwise, and for a roadmap that is not a fork.
   */
  forkedFrom?: Maybe<Roadmap>;
  /**
   * The viewer's finished items over time (a burn-up chart): one bucket per day,
   * from zero the day before the first change (or from the first day of the window)
   * to today. Null when signed out.
   */
  history?: Maybe<Array<ProgressBucket>>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether this roadmap is a fork, even when forkedFrom is null (the original deleted, or not visible to the viewer). */
  isFork: Scalars['Boolean']['output'];
  /** Number of items, nested ones included. */
  itemCount: Scalars['Int']['output'];
  /** Every item of the roadmap in reading order, nested ones included. */
  items: Array<Item>;
  /**
   * The language this roadmap's texts are served in (a BCP 47 tag): a translation's when roadmap(slug,
   * language) found one, else the language it is written in.
   */
  language: Scalars['String']['output'];
  /** The checklist source, as the importer reads it (as last saved, or written from the items). */
  markdown: Scalars['String']['output'];
  /** The language it is written in. */
  originalLanguage: Scalars['String']['output'];
  /** The owner's GitHub login; null for built-in roadmaps. */
  owner?: Maybe<Scalars['String']['output']>;
  /** The roadmap's page, for example /roadmaps/backend. */
  path: Scalars['String']['output'];
  /**
   * The viewer's completion of the whole roadmap, with their pace, forecast, target date and
   * weekly goal; null when signed out.
   */
  progress?: Maybe<Completion>;
  /** Resources that belong to the roadmap as a whole rather than to one item. */
  resources: Array<Resource>;
  /** Sections in reading order. */
  sections: Array<Section>;
  /**
   * The skills its live items claim and how many learners follow each; null unless the viewer may
   * edit the roadmap (its owner; an administrator in a browser session for a built-in roadmap).
   */
  skillClaims?: Maybe<RoadmapSkillClaims>;
  /**
   * URL-safe name: backend for a built-in roadmap, <owner's login>/<name> for a learner's
   * (the page is /roadmaps/<slug>).
   */
  slug: Scalars['String']['output'];
  /** The roadmap's title. */
  title: Scalars['String']['output'];
  /** Its translations, by language. */
  translations: Array<RoadmapTranslation>;
  /** Whether the viewer may edit it: its owner, or an administrator for a built-in roadmap. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /**
   * The skills this roadmap's live items claim that the viewer's other roadmaps claim too (their
   * status is one, on every roadmap). Resetting this roadmap keeps them unless resetSharedSkills
   * is true. Empty when signed out; needs READ_PROGRESS.
   */
  viewerSharedSkills: Array<SharedSkill>;
  /** Who may see it. Built-in roadmaps are PUBLIC. */
  visibility: RoadmapVisibility;
};


/** A learning roadmap: ordered sections of checklist items with curated resources. */
export type RoadmapExportArgs = {
  format: ExportFormat;
};


/** A learning roadmap: ordered sections of checklist items with curated resources. */
export type RoadmapHistoryArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** A learning roadmap: ordered sections of checklist items with curated resources. */
export type RoadmapProgressArgs = {
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** One item's change in a save. */
export type RoadmapChange = {
  __typename?: 'RoadmapChange';
  /**
   * True for a rename the save inferred: the item's key was not pinned, and an item with a title
   * that reads alike left from the same place (same section and parent, between the same
   * siblings). The item keeps that item's key, and so its learners' progress and notes; the
   * saved markdown pins it. False for every other change.
   */
  guessed: Scalars['Boolean']['output'];
  /** The item's key. */
  key: Scalars['String']['output'];
  /** What happens to the item. */
  kind: RoadmapChangeKind;
  /**
   * Learners with a status or a note on the item, whom the change touches (0 for an added item). The
   * viewer counts only when they may read their progress (a token without READ_PROGRESS: others only).
   */
  learners: Scalars['Int']['output'];
  /** The item's line in the new markdown; null for a retired item. */
  line?: Maybe<Scalars['Int']['output']>;
  /**
   * For a guessed rename, the key the markdown alone gives the item: list it in
   * SaveRoadmapInput.notRenamed to save the item as a new one instead (and retire the old one).
   * Null otherwise.
   */
  markdownKey?: Maybe<Scalars['String']['output']>;
  /** The title before a rename; null otherwise. */
  previousTitle?: Maybe<Scalars['String']['output']>;
  /** The item's title (the new one for a rename). */
  title: Scalars['String']['output'];
};

/** What a save changes about one item. */
export type RoadmapChangeKind =
  /** A new item (or a retired one back, with its history). */
  | 'ADDED'
  /** Another section or parent item, or another place among its siblings. */
  | 'MOVED'
  /**
   * Same key, new title: the key was pinned with <!-- key: ... -->, or the save guessed the
   * rename (RoadmapChange.guessed) from the item's place and title.
   */
  | 'RENAMED'
  /** No longer in the markdown: hidden, its learners' progress and notes kept. */
  | 'RETIRED';

/** A page of roadmaps. */
export type RoadmapConnection = {
  __typename?: 'RoadmapConnection';
  /** The roadmaps of the page, each with its cursor. */
  edges: Array<RoadmapEdge>;
  /** The roadmaps of the page (edges without cursors). */
  nodes: Array<Roadmap>;
  /** Whether more pages follow, and the cursors. */
  pageInfo: PageInfo;
};

/** A roadmap in a page, with its cursor. */
export type RoadmapEdge = {
  __typename?: 'RoadmapEdge';
  /** Pass as after to get the roadmaps after this one. */
  cursor: Scalars['String']['output'];
  /** The roadmap. */
  node: Roadmap;
};

/** A skill a roadmap claims, with how many learners follow it. */
export type RoadmapSkillClaim = {
  __typename?: 'RoadmapSkillClaim';
  /** How many of the roadmap's live items claim it. */
  items: Scalars['Int']['output'];
  /** How many learners follow it (have a status on it), on any roadmap, counted up to 10,000 (10,000 means at least that many). */
  learners: Scalars['Int']['output'];
  /** The skill's name. */
  name: Scalars['String']['output'];
};

/** The skills a roadmap claims, for its editors. */
export type RoadmapSkillClaims = {
  __typename?: 'RoadmapSkillClaims';
  /** The first 50 skills in name order, with their counts. */
  skills: Array<RoadmapSkillClaim>;
  /** How many skills the roadmap claims in all. */
  total: Scalars['Int']['output'];
};

/** A roadmap's content in another language: the same items (and so the same progress), its own texts and links. */
export type RoadmapTranslation = {
  __typename?: 'RoadmapTranslation';
  /** Its language, a BCP 47 tag: es, pt-BR, de, ja, ar or en. */
  language: Scalars['String']['output'];
  /** The translation's markdown as last saved (the original's keys pinned on its items). */
  markdown: Scalars['String']['output'];
  /**
   * Live items of the original it has no text for (the original has grown since it was saved): they
   * show in the original's language until the translation is saved again.
   */
  missingItems: Scalars['Int']['output'];
  /** The roadmap's page in that language. */
  path: Scalars['String']['output'];
  /** The roadmap's title in that language. */
  title: Scalars['String']['output'];
  /** When it was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** Who may see a roadmap. */
export type RoadmapVisibility =
  /** Only its owner (the default for a learner's new roadmap). */
  | 'PRIVATE'
  /** Anyone; listed on Explore. Built-in roadmaps are PUBLIC. */
  | 'PUBLIC'
  /** Anyone with its address or id; never listed on Explore. */
  | 'UNLISTED';

/** What a user may do beyond their own progress. */
export type Role =
  /** May also import and edit roadmaps. */
  | 'ADMIN'
  /** Everyone: reads roadmaps, keeps their own progress and notes. */
  | 'LEARNER';

/** Input of rotateCohortInvite. */
export type RotateCohortInviteInput = {
  /** The cohort. */
  cohortId: Scalars['ID']['input'];
  /** When the new link stops working, ISO 8601, at most 366 days ahead; null: never. */
  inviteExpiresAt?: InputMaybe<Scalars['String']['input']>;
  /** How many learners may join with the new link, 1 to 10,000; null: no limit. */
  inviteMaxUses?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of saveRoadmap. */
export type SaveRoadmapInput = {
  /**
   * Keep the key of an item reworded in place, whose key is not pinned (see RoadmapChange.guessed):
   * its learners keep their progress and notes. Default true; false takes every key from the
   * markdown alone.
   */
  detectRenames?: InputMaybe<Scalars['Boolean']['input']>;
  /** Say what the save would do, and write nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The roadmap as a markdown checklist: the Waymark format, a plain GitHub task list, or with
   * roadmap.sh's [@type@Title](url) links of any type (see the README). At most 5,000 items and
   * 1,000,000 bytes as Waymark writes the roadmap (its markdown export without key pins), in a file
   * of at most 2,100,000 bytes: any markdown export of a roadmap imports again.
   */
  markdown: Scalars['String']['input'];
  /**
   * Keys (RoadmapChange.markdownKey) of items that are new, not renames of the item they
   * replace: they are saved as new items, and the items they replace are retired. At most 5,000.
   */
  notRenamed?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Also set the viewer's statuses from the file's checkboxes ([x] done, [/] in progress, [-] skipped,
   * [ ] not started), as the markdown export writes them. A token needs WRITE_PROGRESS for it too
   * (FORBIDDEN without, and nothing is saved).
   */
  restoreStatuses?: InputMaybe<Scalars['Boolean']['input']>;
  /** The roadmap to save a new version of; absent to create a roadmap of the viewer's own. */
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The roadmap's name in its address, /roadmaps/<your login>/<slug>: lowercase letters, digits and
   * single dashes. Absent: made from the title (new roadmaps) or kept (saves).
   */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it. Absent: PRIVATE for a new roadmap, unchanged for a save. */
  visibility?: InputMaybe<RoadmapVisibility>;
};

/** What saveRoadmap did (or, on a dry run, would do). */
export type SaveRoadmapPayload = {
  __typename?: 'SaveRoadmapPayload';
  /** Items added. */
  added: Scalars['Int']['output'];
  /** Every item's change, in the markdown's order, then retired items. */
  changes: Array<RoadmapChange>;
  /** True when the save created the roadmap. */
  created: Scalars['Boolean']['output'];
  /** True when nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  /** Distinct learners with progress or a note on a moved, renamed or retired item (the viewer as in RoadmapChange.learners). */
  learnersAffected: Scalars['Int']['output'];
  /** Items moved. */
  moved: Scalars['Int']['output'];
  /** Items renamed (pinned keys, and renames the save guessed). */
  renamed: Scalars['Int']['output'];
  /** The viewer's statuses set from checkboxes (restoreStatuses). */
  restoredStatuses: Scalars['Int']['output'];
  /** Items retired. */
  retired: Scalars['Int']['output'];
  /** The roadmap as it is now; null on a dry run of a new roadmap. */
  roadmap?: Maybe<Roadmap>;
  /** Items whose skill claim changes (<!-- skill: ... -->), in the markdown's order. */
  skillChanges: Array<SkillClaimChange>;
};

/** Input of saveRoadmapTranslation. */
export type SaveRoadmapTranslationInput = {
  /** The translation's language: es, pt-BR, de, ja, ar or en (not the roadmap's own). */
  language: Scalars['String']['input'];
  /**
   * The roadmap in that language: the original's sections in the same order and its items by key
   * (pin each with <!-- key: … -->), under the same parents. Links may differ; an item that lists
   * none keeps the original's.
   */
  markdown: Scalars['String']['input'];
  /** A roadmap the viewer may edit. */
  roadmapId: Scalars['ID']['input'];
};

/** A titled group of items within a roadmap. */
export type Section = Node & {
  __typename?: 'Section';
  /** When the viewer finished (DONE or SKIPPED) its last item, ISO 8601, once all are finished; null before, or signed out. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Top-level items of the section in order; nested items are under Item.children. */
  items: Array<Item>;
  /** 0-based position within the roadmap. */
  position: Scalars['Int']['output'];
  /** The viewer's completion of this section (nested items included), with their pace and forecast on it; null when signed out. */
  progress?: Maybe<Completion>;
  /** When the viewer first changed one of its items, ISO 8601 (since each item's last reset); null when never or signed out. */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** The section's heading. */
  title: Scalars['String']['output'];
};


/** A titled group of items within a roadmap. */
export type SectionProgressArgs = {
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Input of setCohortMemberRole. */
export type SetCohortMemberRoleInput = {
  /** The cohort. */
  cohortId: Scalars['ID']['input'];
  /** The member's login. */
  login: Scalars['String']['input'];
  /** MENTOR or MEMBER (the owner is the one who made the cohort). */
  role: CohortRole;
};

/** Input of setCohortSharing. A field left out stays as it is. */
export type SetCohortSharingInput = {
  /** The cohort. */
  cohortId: Scalars['ID']['input'];
  /** The item whose note of the viewer's (on the cohort's roadmap) to share; null unshares. */
  sharedNoteItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Show the viewer's name and figures to the other members (the owner and mentors always see them). */
  showMeToCohort?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Input of setItemNote. */
export type SetItemNoteInput = {
  /** The item the note is about. */
  itemId: Scalars['ID']['input'];
  /**
   * Markdown (CommonMark with GFM tables, task lists, strikethrough, autolinks and footnotes);
   * empty or null deletes the note. At most 10,000 characters, quotes and lists nested at most
   * 8 deep, emphasis, links and images nested at most 8 deep, 1,000 table cells, 100 footnote
   * references, 6,000 markdown elements and 100,000 characters of rendered HTML. A note past a
   * limit is refused with BAD_USER_INPUT naming the limit and the line.
   */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Input of setItemStatus. */
export type SetItemStatusInput = {
  /** The item to change. */
  itemId: Scalars['ID']['input'];
  /** Its new status. */
  status: ItemStatus;
};

/** Input of setLocale. */
export type SetLocaleInput = {
  /** A BCP 47 tag: en, es, pt-BR, de, ja or ar; null follows the browser's Accept-Language. */
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** Input of setProfileVisibility. */
export type SetProfileVisibilityInput = {
  /** True: /u/<login> and the badges answer for everyone. False: they answer not found. */
  public: Scalars['Boolean']['input'];
  /** The roadmaps to show, in order (at most 50): public ones of the viewer's own or that they follow (changed a status on); left out, the choice stays as it is. */
  roadmapIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** IANA time zone in which the profile's days start, for example Europe/Paris; left out, it stays as it is (UTC at first). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Input of setReviewSettings: what it leaves out stays as it is. */
export type SetReviewSettingsInput = {
  /** The most reviews a day, 1 to 500. */
  dailyLimit?: InputMaybe<Scalars['Int']['input']>;
  /** The chance of recall to schedule for, 0.7 to 0.99. */
  desiredRetention?: InputMaybe<Scalars['Float']['input']>;
  /** With roadmapId: review on (its finished items enter it) or off (they leave it). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** With enabled: the roadmap to turn review on or off on. */
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of setRoadmapGoal. A field left out stays as it is; null clears it. */
export type SetRoadmapGoalInput = {
  /** The roadmap. */
  roadmapId: Scalars['ID']['input'];
  /** The day to finish by, YYYY-MM-DD: from yesterday (it is still today somewhere) to 20 years ahead. */
  targetDate?: InputMaybe<Scalars['String']['input']>;
  /** Items to finish per week, 1 to 500. */
  weeklyGoal?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of setRoadmapVisibility. */
export type SetRoadmapVisibilityInput = {
  /** The roadmap. */
  roadmapId: Scalars['ID']['input'];
  /** Who may see it from now on. */
  visibility: RoadmapVisibility;
};

/** A skill a roadmap shares with other roadmaps the viewer follows, and where. */
export type SharedSkill = {
  __typename?: 'SharedSkill';
  /** The viewer's other roadmaps (those they have progress on and may see) where a live item claims it, by title. */
  roadmaps: Array<Roadmap>;
  /** The skill. */
  skill: Skill;
};

/**
 * Something several roadmaps teach: items of any roadmap that claim its name (<!-- skill: git -->
 * in their markdown) share one status per learner. The catalogue holds the skills PUBLIC roadmaps
 * claim; a skill only the viewer's own roadmaps claim is found by its name too.
 */
export type Skill = Node & {
  __typename?: 'Skill';
  /** Opaque identifier, unique across every type. */
  id: Scalars['ID']['output'];
  /**
   * The live items claiming it on PUBLIC roadmaps and on the viewer's own (an UNLISTED roadmap is
   * never listed here: it would hand out its address), the built-in roadmaps' first, then the others by
   * roadmap id (an order the index gives, so a page reads no more than it shows).
   */
  items: ItemConnection;
  /** What items claim: lowercase letters and digits in dash-separated words, for example git or ci-cd. */
  name: Scalars['String']['output'];
  /** The viewer's status on it, which every item claiming it shows; NOT_STARTED when never set or signed out. Needs READ_PROGRESS. */
  status: ItemStatus;
  /** The title of the first public item that claimed it (never renamed since). */
  title: Scalars['String']['output'];
};


/**
 * Something several roadmaps teach: items of any roadmap that claim its name (<!-- skill: git -->
 * in their markdown) share one status per learner. The catalogue holds the skills PUBLIC roadmaps
 * claim; a skill only the viewer's own roadmaps claim is found by its name too.
 */
export type SkillItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An item whose skill claim a save changes. */
export type SkillClaimChange = {
  __typename?: 'SkillClaimChange';
  /** The skill it claimed; null for none. */
  from?: Maybe<Scalars['String']['output']>;
  /** The item's key. */
  key: Scalars['String']['output'];
  /**
   * Learners following the roadmap whose status would move between the item and a skill: for a
   * new claim, those whose status on the item differs from theirs on the skill (the most recent of
   * the two wins on every roadmap); for a claim removed, those whose status on the item came
   * through the skill (they keep it, as the item's own). The viewer as in RoadmapChange.learners.
   */
  learners: Scalars['Int']['output'];
  /** The item's title. */
  title: Scalars['String']['output'];
  /** The skill it claims after the save; null for none. */
  to?: Maybe<Scalars['String']['output']>;
};

/** A page of skills. */
export type SkillConnection = {
  __typename?: 'SkillConnection';
  /** The skills of the page, each with its cursor. */
  edges: Array<SkillEdge>;
  /** The skills of the page (edges without cursors). */
  nodes: Array<Skill>;
  /** Whether more pages follow, and the cursors. */
  pageInfo: PageInfo;
};

/** A skill in a page, with its cursor. */
export type SkillEdge = {
  __typename?: 'SkillEdge';
  /** Pass as after to get the skills after this one. */
  cursor: Scalars['String']['output'];
  /** The skill. */
  node: Skill;
};

/** A skill an item could claim (<!-- skill: name --> at the end of its line), found on roadmaps the viewer may see. */
export type SkillSuggestion = {
  __typename?: 'SkillSuggestion';
  /** An item that claims it, on a PUBLIC roadmap or one of the viewer's own: the closest to the title asked about. */
  example: SkillSuggestionExample;
  /** The name to claim, for example git. */
  name: Scalars['String']['output'];
  /** Why it is suggested: by title, by link, or both. */
  reasons: Array<SkillSuggestionReason>;
  /** How many items the viewer may see claim it and link to one of the links asked about (counted among the first 2,000 such links). */
  sharedLinks: Scalars['Int']['output'];
  /** The skill's title (the catalogue's, else the title of the item that claims it). */
  title: Scalars['String']['output'];
};

/** An item that claims a suggested skill. */
export type SkillSuggestionExample = {
  __typename?: 'SkillSuggestionExample';
  /** The item's title. */
  itemTitle: Scalars['String']['output'];
  /** Its roadmap's page, for example /roadmaps/backend. */
  roadmapPath: Scalars['String']['output'];
  /** Its roadmap's title. */
  roadmapTitle: Scalars['String']['output'];
};

/** Why a skill is suggested for an item. */
export type SkillSuggestionReason =
  /** Items that claim it link to one of the item's links. */
  | 'LINK'
  /** Its name is a word or words of the item's title, or its title is like the item's. */
  | 'TITLE';

/** Where the viewer stands against their target date. */
export type TargetStatus =
  /** At this pace the roadmap is finished on or before the target. */
  | 'AHEAD'
  /** At this pace the target is missed (or nothing was done in the last 4 weeks). */
  | 'BEHIND'
  /** Everything is finished. */
  | 'FINISHED'
  /** The target date has passed with items left. */
  | 'PASSED'
  /** Not enough history for a forecast yet; requiredPacePerWeek says what is needed. */
  | 'TOO_EARLY_TO_TELL';

/** What a personal access token may do. */
export type TokenScope =
  /** Read the cohorts the viewer is in (as they show to the viewer), and create, join, leave and run them. */
  | 'COHORTS'
  /** Read the viewer's statuses, notes, history and activity. */
  | 'READ_PROGRESS'
  /** Change the viewer's statuses and notes. */
  | 'WRITE_PROGRESS'
  /** Create, edit, fork and delete the viewer's own roadmaps. */
  | 'WRITE_ROADMAPS';

/** Input of undoLastReview. */
export type UndoLastReviewInput = {
  /** The item whose latest rating to take back. */
  itemId: Scalars['ID']['input'];
};

/** The signed-in learner (or the owner of the access token used). */
export type Viewer = {
  __typename?: 'Viewer';
  /** Status changes per day over the last 52 weeks, and streaks. */
  activity: Activity;
  /** Personal access tokens, newest first (needs a browser session). */
  apiTokens: Array<ApiToken>;
  /** Personal access tokens, newest first, a page at a time (needs a browser session). */
  apiTokensConnection: ApiTokenConnection;
  /** GitHub avatar URL. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** When the viewer's calendar subscription secret was made, ISO 8601; null when there is none. */
  calendarFeedCreatedAt?: Maybe<Scalars['String']['output']>;
  /** The cohorts the viewer is in, the most recently joined first, a page at a time (needs COHORTS). */
  cohorts: CohortConnection;
  /**
   * Everything Waymark holds about the viewer as one JSON document: profile, statuses, history,
   * notes, token names and dates, sessions' dates, and their roadmaps with their markdown. Needs a
   * browser session.
   */
  dataExport: Scalars['String']['output'];
  /** Roadmaps the viewer has started (any status change), most recently active first. */
  followedRoadmaps: Array<Roadmap>;
  /** The user's identifier. */
  id: Scalars['ID']['output'];
  /** Items the viewer has in progress, most recently changed first; titles in the request's language where a roadmap has a translation into it. */
  inProgressItems: Array<Item>;
  /**
   * The interface language the viewer chose, a BCP 47 tag: en, es, pt-BR, de, ja or ar; null when
   * they follow the browser (its Accept-Language). Pages render in it in every browser they sign in with.
   */
  locale?: Maybe<Scalars['String']['output']>;
  /** GitHub login. */
  login: Scalars['String']['output'];
  /** Display name from GitHub, when set. */
  name?: Maybe<Scalars['String']['output']>;
  /** The viewer's own roadmaps (written or forked), newest first, a page at a time. */
  ownRoadmaps: RoadmapConnection;
  /** Whether the viewer's profile is public (off until they turn it on). */
  profilePublic: Scalars['Boolean']['output'];
  /** The roadmaps the viewer chose to show on their profile, in order. */
  profileRoadmaps: Array<Roadmap>;
  /** The path of the viewer's public profile, /u/<login> (it answers only while profilePublic). */
  profileUrl: Scalars['String']['output'];
  /** What the viewer has to review today, on one roadmap or all. Needs READ_PROGRESS. */
  reviewQueue: ReviewQueue;
  /** The viewer's review settings. Needs READ_PROGRESS. */
  reviewSettings: ReviewSettings;
  /** LEARNER or ADMIN. */
  role: Role;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerActivityArgs = {
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerApiTokensConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerInProgressItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerOwnRoadmapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerReviewQueueArgs = {
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( CohortModel )
    | ( ItemModel )
    | ( ResourceModel )
    | ( RoadmapModel )
    | ( SectionModel )
    | ( SkillModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityModel>;
  ActivityDay: ResolverTypeWrapper<ActivityDay>;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  ApiTokenConnection: ResolverTypeWrapper<ApiTokenConnectionModel>;
  ApiTokenEdge: ResolverTypeWrapper<Omit<ApiTokenEdge, 'node'> & { node: ResolversTypes['ApiToken'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cohort: ResolverTypeWrapper<CohortModel>;
  CohortBand: ResolverTypeWrapper<CohortBand>;
  CohortConnection: ResolverTypeWrapper<CohortConnectionModel>;
  CohortEdge: ResolverTypeWrapper<Omit<CohortEdge, 'node'> & { node: ResolversTypes['Cohort'] }>;
  CohortInvite: ResolverTypeWrapper<CohortInviteModel>;
  CohortInvitePreview: ResolverTypeWrapper<CohortInvitePreviewModel>;
  CohortMatrix: ResolverTypeWrapper<CohortMatrixModel>;
  CohortMatrixCell: ResolverTypeWrapper<CohortMatrixCell>;
  CohortMatrixItemRow: ResolverTypeWrapper<Omit<CohortMatrixItemRow, 'member'> & { member: ResolversTypes['CohortMember'] }>;
  CohortMatrixRow: ResolverTypeWrapper<CohortMatrixRowModel>;
  CohortMatrixSection: ResolverTypeWrapper<CohortMatrixSectionModel>;
  CohortMember: ResolverTypeWrapper<CohortMemberModel>;
  CohortMemberConnection: ResolverTypeWrapper<CohortMemberConnectionModel>;
  CohortMemberEdge: ResolverTypeWrapper<Omit<CohortMemberEdge, 'node'> & { node: ResolversTypes['CohortMember'] }>;
  CohortPlace: ResolverTypeWrapper<CohortPlace>;
  CohortRole: CohortRole;
  CohortSharedNote: ResolverTypeWrapper<CohortSharedNoteModel>;
  CohortStanding: ResolverTypeWrapper<CohortStandingModel>;
  Completion: ResolverTypeWrapper<CompletionModel>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<CreateApiTokenPayloadModel>;
  CreateCalendarFeedPayload: ResolverTypeWrapper<CreateCalendarFeedPayloadModel>;
  CreateCohortInput: CreateCohortInput;
  DeleteAccountInput: DeleteAccountInput;
  DeleteCohortInput: DeleteCohortInput;
  DeleteRoadmapInput: DeleteRoadmapInput;
  DeleteRoadmapTranslationInput: DeleteRoadmapTranslationInput;
  ExportFormat: ExportFormat;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForecastStatus: ForecastStatus;
  ForkRoadmapInput: ForkRoadmapInput;
  GuestProgressEntry: GuestProgressEntry;
  GuestReviewRatingInput: GuestReviewRatingInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportRoadmapInput: ImportRoadmapInput;
  ImportRoadmapPayload: ResolverTypeWrapper<ImportRoadmapPayloadModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Item: ResolverTypeWrapper<ItemModel>;
  ItemConnection: ResolverTypeWrapper<ItemConnectionModel>;
  ItemEdge: ResolverTypeWrapper<Omit<ItemEdge, 'node'> & { node: ResolversTypes['Item'] }>;
  ItemStatus: ItemStatus;
  JoinCohortInput: JoinCohortInput;
  LeaveCohortInput: LeaveCohortInput;
  MergeGuestProgressInput: MergeGuestProgressInput;
  MergeGuestProgressPayload: ResolverTypeWrapper<MergeGuestProgressPayload>;
  MergeGuestReviewsInput: MergeGuestReviewsInput;
  MergeGuestReviewsPayload: ResolverTypeWrapper<MergeGuestReviewsPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProgressBucket: ResolverTypeWrapper<ProgressBucket>;
  PublicProfile: ResolverTypeWrapper<PublicProfileModel>;
  PublicProfileRoadmap: ResolverTypeWrapper<PublicProfileRoadmap>;
  PublicUser: ResolverTypeWrapper<PublicUserModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveCohortMemberInput: RemoveCohortMemberInput;
  ResetRoadmapProgressInput: ResetRoadmapProgressInput;
  Resource: ResolverTypeWrapper<ResourceModel>;
  ResourceKind: ResourceKind;
  ReviewIntervals: ResolverTypeWrapper<ReviewIntervals>;
  ReviewItemInput: ReviewItemInput;
  ReviewQueue: ResolverTypeWrapper<ReviewQueueModel>;
  ReviewRating: ReviewRating;
  ReviewSettings: ResolverTypeWrapper<ReviewSettingsModel>;
  ReviewState: ResolverTypeWrapper<ReviewStateModel>;
  RevokeApiTokenInput: RevokeApiTokenInput;
  Roadmap: ResolverTypeWrapper<RoadmapModel>;
  RoadmapChange: ResolverTypeWrapper<RoadmapChange>;
  RoadmapChangeKind: RoadmapChangeKind;
  RoadmapConnection: ResolverTypeWrapper<RoadmapConnectionModel>;
  RoadmapEdge: ResolverTypeWrapper<Omit<RoadmapEdge, 'node'> & { node: ResolversTypes['Roadmap'] }>;
  RoadmapSkillClaim: ResolverTypeWrapper<RoadmapSkillClaim>;
  RoadmapSkillClaims: ResolverTypeWrapper<RoadmapSkillClaims>;
  RoadmapTranslation: ResolverTypeWrapper<RoadmapTranslationModel>;
  RoadmapVisibility: RoadmapVisibility;
  Role: Role;
  RotateCohortInviteInput: RotateCohortInviteInput;
  SaveRoadmapInput: SaveRoadmapInput;
  SaveRoadmapPayload: ResolverTypeWrapper<SaveRoadmapPayloadModel>;
  SaveRoadmapTranslationInput: SaveRoadmapTranslationInput;
  Section: ResolverTypeWrapper<SectionModel>;
  SetCohortMemberRoleInput: SetCohortMemberRoleInput;
  SetCohortSharingInput: SetCohortSharingInput;
  SetItemNoteInput: SetItemNoteInput;
  SetItemStatusInput: SetItemStatusInput;
  SetLocaleInput: SetLocaleInput;
  SetProfileVisibilityInput: SetProfileVisibilityInput;
  SetReviewSettingsInput: SetReviewSettingsInput;
  SetRoadmapGoalInput: SetRoadmapGoalInput;
  SetRoadmapVisibilityInput: SetRoadmapVisibilityInput;
  SharedSkill: ResolverTypeWrapper<SharedSkillModel>;
  Skill: ResolverTypeWrapper<SkillModel>;
  SkillClaimChange: ResolverTypeWrapper<SkillClaimChange>;
  SkillConnection: ResolverTypeWrapper<SkillConnectionModel>;
  SkillEdge: ResolverTypeWrapper<Omit<SkillEdge, 'node'> & { node: ResolversTypes['Skill'] }>;
  SkillSuggestion: ResolverTypeWrapper<SkillSuggestion>;
  SkillSuggestionExample: ResolverTypeWrapper<SkillSuggestionExample>;
  SkillSuggestionReason: SkillSuggestionReason;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetStatus: TargetStatus;
  TokenScope: TokenScope;
  UndoLastReviewInput: UndoLastReviewInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityModel;
  ActivityDay: ActivityDay;
  ApiToken: ApiTokenModel;
  ApiTokenConnection: ApiTokenConnectionModel;
  ApiTokenEdge: Omit<ApiTokenEdge, 'node'> & { node: ResolversParentTypes['ApiToken'] };
  Boolean: Scalars['Boolean']['output'];
  Cohort: CohortModel;
  CohortBand: CohortBand;
  CohortConnection: CohortConnectionModel;
  CohortEdge: Omit<CohortEdge, 'node'> & { node: ResolversParentTypes['Cohort'] };
  CohortInvite: CohortInviteModel;
  CohortInvitePreview: CohortInvitePreviewModel;
  CohortMatrix: CohortMatrixModel;
  CohortMatrixCell: CohortMatrixCell;
  CohortMatrixItemRow: Omit<CohortMatrixItemRow, 'member'> & { member: ResolversParentTypes['CohortMember'] };
  CohortMatrixRow: CohortMatrixRowModel;
  CohortMatrixSection: CohortMatrixSectionModel;
  CohortMember: CohortMemberModel;
  CohortMemberConnection: CohortMemberConnectionModel;
  CohortMemberEdge: Omit<CohortMemberEdge, 'node'> & { node: ResolversParentTypes['CohortMember'] };
  CohortPlace: CohortPlace;
  CohortSharedNote: CohortSharedNoteModel;
  CohortStanding: CohortStandingModel;
  Completion: CompletionModel;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: CreateApiTokenPayloadModel;
  CreateCalendarFeedPayload: CreateCalendarFeedPayloadModel;
  CreateCohortInput: CreateCohortInput;
  DeleteAccountInput: DeleteAccountInput;
  DeleteCohortInput: DeleteCohortInput;
  DeleteRoadmapInput: DeleteRoadmapInput;
  DeleteRoadmapTranslationInput: DeleteRoadmapTranslationInput;
  Float: Scalars['Float']['output'];
  ForkRoadmapInput: ForkRoadmapInput;
  GuestProgressEntry: GuestProgressEntry;
  GuestReviewRatingInput: GuestReviewRatingInput;
  ID: Scalars['ID']['output'];
  ImportRoadmapInput: ImportRoadmapInput;
  ImportRoadmapPayload: ImportRoadmapPayloadModel;
  Int: Scalars['Int']['output'];
  Item: ItemModel;
  ItemConnection: ItemConnectionModel;
  ItemEdge: Omit<ItemEdge, 'node'> & { node: ResolversParentTypes['Item'] };
  JoinCohortInput: JoinCohortInput;
  LeaveCohortInput: LeaveCohortInput;
  MergeGuestProgressInput: MergeGuestProgressInput;
  MergeGuestProgressPayload: MergeGuestProgressPayload;
  MergeGuestReviewsInput: MergeGuestReviewsInput;
  MergeGuestReviewsPayload: MergeGuestReviewsPayload;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  ProgressBucket: ProgressBucket;
  PublicProfile: PublicProfileModel;
  PublicProfileRoadmap: PublicProfileRoadmap;
  PublicUser: PublicUserModel;
  Query: Record<PropertyKey, never>;
  RemoveCohortMemberInput: RemoveCohortMemberInput;
  ResetRoadmapProgressInput: ResetRoadmapProgressInput;
  Resource: ResourceModel;
  ReviewIntervals: ReviewIntervals;
  ReviewItemInput: ReviewItemInput;
  ReviewQueue: ReviewQueueModel;
  ReviewSettings: ReviewSettingsModel;
  ReviewState: ReviewStateModel;
  RevokeApiTokenInput: RevokeApiTokenInput;
  Roadmap: RoadmapModel;
  RoadmapChange: RoadmapChange;
  RoadmapConnection: RoadmapConnectionModel;
  RoadmapEdge: Omit<RoadmapEdge, 'node'> & { node: ResolversParentTypes['Roadmap'] };
  RoadmapSkillClaim: RoadmapSkillClaim;
  RoadmapSkillClaims: RoadmapSkillClaims;
  RoadmapTranslation: RoadmapTranslationModel;
  RotateCohortInviteInput: RotateCohortInviteInput;
  SaveRoadmapInput: SaveRoadmapInput;
  SaveRoadmapPayload: SaveRoadmapPayloadModel;
  SaveRoadmapTranslationInput: SaveRoadmapTranslationInput;
  Section: SectionModel;
  SetCohortMemberRoleInput: SetCohortMemberRoleInput;
  SetCohortSharingInput: SetCohortSharingInput;
  SetItemNoteInput: SetItemNoteInput;
  SetItemStatusInput: SetItemStatusInput;
  SetLocaleInput: SetLocaleInput;
  SetProfileVisibilityInput: SetProfileVisibilityInput;
  SetReviewSettingsInput: SetReviewSettingsInput;
  SetRoadmapGoalInput: SetRoadmapGoalInput;
  SetRoadmapVisibilityInput: SetRoadmapVisibilityInput;
  SharedSkill: SharedSkillModel;
  Skill: SkillModel;
  SkillClaimChange: SkillClaimChange;
  SkillConnection: SkillConnectionModel;
  SkillEdge: Omit<SkillEdge, 'node'> & { node: ResolversParentTypes['Skill'] };
  SkillSuggestion: SkillSuggestion;
  SkillSuggestionExample: SkillSuggestionExample;
  String: Scalars['String']['output'];
  UndoLastReviewInput: UndoLastReviewInput;
  Viewer: ViewerModel;
}>;

export type ActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  currentStreak?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['ActivityDay']>, ParentType, ContextType>;
  longestStreak?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityDay'] = ResolversParentTypes['ActivityDay']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['TokenScope']>, ParentType, ContextType>;
}>;

export type ApiTokenConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiTokenConnection'] = ResolversParentTypes['ApiTokenConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiTokenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ApiTokenEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiTokenEdge'] = ResolversParentTypes['ApiTokenEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
}>;

export type CohortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cohort'] = ResolversParentTypes['Cohort']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exportPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invite?: Resolver<Maybe<ResolversTypes['CohortInvite']>, ParentType, ContextType>;
  inviteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matrix?: Resolver<Maybe<ResolversTypes['CohortMatrix']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['CohortMemberConnection'], ParentType, ContextType, RequireFields<CohortMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
  sharedNotes?: Resolver<Array<ResolversTypes['CohortSharedNote']>, ParentType, ContextType>;
  showMeToCohort?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['CohortStanding'], ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['CohortRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CohortBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortBand'] = ResolversParentTypes['CohortBand']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CohortConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortConnection'] = ResolversParentTypes['CohortConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CohortEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CohortEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortEdge'] = ResolversParentTypes['CohortEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType>;
}>;

export type CohortInviteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortInvite'] = ResolversParentTypes['CohortInvite']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxUses?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CohortInvitePreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortInvitePreview'] = ResolversParentTypes['CohortInvitePreview']> = ResolversObject<{
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
  viewerIsMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CohortMatrixResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMatrix'] = ResolversParentTypes['CohortMatrix']> = ResolversObject<{
  rows?: Resolver<Array<ResolversTypes['CohortMatrixRow']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['CohortMatrixSection']>, ParentType, ContextType, RequireFields<CohortMatrixSectionArgs, 'id'>>;
  sectionTotals?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
}>;

export type CohortMatrixCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMatrixCell'] = ResolversParentTypes['CohortMatrixCell']> = ResolversObject<{
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CohortMatrixItemRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMatrixItemRow'] = ResolversParentTypes['CohortMatrixItemRow']> = ResolversObject<{
  member?: Resolver<ResolversTypes['CohortMember'], ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['ItemStatus']>, ParentType, ContextType>;
}>;

export type CohortMatrixRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMatrixRow'] = ResolversParentTypes['CohortMatrixRow']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['CohortMatrixCell']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['CohortMember'], ParentType, ContextType>;
}>;

export type CohortMatrixSectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMatrixSection'] = ResolversParentTypes['CohortMatrixSection']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CohortMatrixItemRow']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
}>;

export type CohortMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMember'] = ResolversParentTypes['CohortMember']> = ResolversObject<{
  completion?: Resolver<ResolversTypes['Completion'], ParentType, ContextType, Partial<CohortMemberCompletionArgs>>;
  joinedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastActiveAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CohortRole'], ParentType, ContextType>;
  stuckItems?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['PublicUser'], ParentType, ContextType>;
}>;

export type CohortMemberConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMemberConnection'] = ResolversParentTypes['CohortMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CohortMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CohortMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CohortMemberEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortMemberEdge'] = ResolversParentTypes['CohortMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CohortMember'], ParentType, ContextType>;
}>;

export type CohortPlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortPlace'] = ResolversParentTypes['CohortPlace']> = ResolversObject<{
  band?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersAhead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pacePerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CohortSharedNoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortSharedNote'] = ResolversParentTypes['CohortSharedNote']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['PublicUser']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noteHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CohortStandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CohortStanding'] = ResolversParentTypes['CohortStanding']> = ResolversObject<{
  bands?: Resolver<Array<ResolversTypes['CohortBand']>, ParentType, ContextType>;
  medianPacePerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['CohortPlace'], ParentType, ContextType>;
}>;

export type CompletionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Completion'] = ResolversParentTypes['Completion']> = ResolversObject<{
  daysAheadOfTarget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedThisWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['ForecastStatus'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pacePerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pacePerWeekSinceStart?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requiredPacePerWeek?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetStatus?: Resolver<Maybe<ResolversTypes['TargetStatus']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weeklyGoal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreateCalendarFeedPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateCalendarFeedPayload'] = ResolversParentTypes['CreateCalendarFeedPayload']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urlTemplate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportRoadmapPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRoadmapPayload'] = ResolversParentTypes['ImportRoadmapPayload']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
}>;

export type ItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteHtml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['ReviewState']>, ParentType, ContextType>;
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  skill?: Resolver<Maybe<ResolversTypes['Skill']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ItemStatus']>, ParentType, ContextType>;
  statusSource?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  statusUpdatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ItemConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemConnection'] = ResolversParentTypes['ItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ItemEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemEdge'] = ResolversParentTypes['ItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
}>;

export type MergeGuestProgressPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergeGuestProgressPayload'] = ResolversParentTypes['MergeGuestProgressPayload']> = ResolversObject<{
  ignored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MergeGuestReviewsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergeGuestReviewsPayload'] = ResolversParentTypes['MergeGuestReviewsPayload']> = ResolversObject<{
  ignored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createCalendarFeed?: Resolver<ResolversTypes['CreateCalendarFeedPayload'], ParentType, ContextType>;
  createCohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationCreateCohortArgs, 'input'>>;
  deleteAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteAccountArgs, 'input'>>;
  deleteCohort?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCohortArgs, 'input'>>;
  deleteRoadmap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRoadmapArgs, 'input'>>;
  deleteRoadmapTranslation?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationDeleteRoadmapTranslationArgs, 'input'>>;
  forkRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationForkRoadmapArgs, 'input'>>;
  importRoadmap?: Resolver<ResolversTypes['ImportRoadmapPayload'], ParentType, ContextType, RequireFields<MutationImportRoadmapArgs, 'input'>>;
  joinCohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationJoinCohortArgs, 'input'>>;
  leaveCohort?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLeaveCohortArgs, 'input'>>;
  mergeGuestProgress?: Resolver<ResolversTypes['MergeGuestProgressPayload'], ParentType, ContextType, RequireFields<MutationMergeGuestProgressArgs, 'input'>>;
  mergeGuestReviews?: Resolver<ResolversTypes['MergeGuestReviewsPayload'], ParentType, ContextType, RequireFields<MutationMergeGuestReviewsArgs, 'input'>>;
  removeCohortMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveCohortMemberArgs, 'input'>>;
  resetRoadmapProgress?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationResetRoadmapProgressArgs, 'input'>>;
  reviewItem?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationReviewItemArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  revokeCalendarFeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rotateCohortInvite?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationRotateCohortInviteArgs, 'input'>>;
  saveRoadmap?: Resolver<ResolversTypes['SaveRoadmapPayload'], ParentType, ContextType, RequireFields<MutationSaveRoadmapArgs, 'input'>>;
  saveRoadmapTranslation?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationSaveRoadmapTranslationArgs, 'input'>>;
  setCohortMemberRole?: Resolver<ResolversTypes['CohortMember'], ParentType, ContextType, RequireFields<MutationSetCohortMemberRoleArgs, 'input'>>;
  setCohortSharing?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationSetCohortSharingArgs, 'input'>>;
  setItemNote?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationSetItemNoteArgs, 'input'>>;
  setItemStatus?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationSetItemStatusArgs, 'input'>>;
  setLocale?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationSetLocaleArgs, 'input'>>;
  setProfileVisibility?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationSetProfileVisibilityArgs, 'input'>>;
  setReviewSettings?: Resolver<ResolversTypes['ReviewSettings'], ParentType, ContextType, RequireFields<MutationSetReviewSettingsArgs, 'input'>>;
  setRoadmapGoal?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationSetRoadmapGoalArgs, 'input'>>;
  setRoadmapVisibility?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationSetRoadmapVisibilityArgs, 'input'>>;
  undoLastReview?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationUndoLastReviewArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cohort' | 'Item' | 'Resource' | 'Roadmap' | 'Section' | 'Skill', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProgressBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgressBucket'] = ResolversParentTypes['ProgressBucket']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicProfile'] = ResolversParentTypes['PublicProfile']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  login?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roadmaps?: Resolver<Array<ResolversTypes['PublicProfileRoadmap']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublicProfileRoadmapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicProfileRoadmap'] = ResolversParentTypes['PublicProfileRoadmap']> = ResolversObject<{
  badgeUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicUserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicUser'] = ResolversParentTypes['PublicUser']> = ResolversObject<{
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  login?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cohort?: Resolver<Maybe<ResolversTypes['Cohort']>, ParentType, ContextType, RequireFields<QueryCohortArgs, 'id'>>;
  cohortInvite?: Resolver<ResolversTypes['CohortInvitePreview'], ParentType, ContextType, RequireFields<QueryCohortInviteArgs, 'invite'>>;
  explore?: Resolver<ResolversTypes['RoadmapConnection'], ParentType, ContextType, RequireFields<QueryExploreArgs, 'first'>>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  profile?: Resolver<Maybe<ResolversTypes['PublicProfile']>, ParentType, ContextType, RequireFields<QueryProfileArgs, 'login'>>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'slug'>>;
  roadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  skill?: Resolver<Maybe<ResolversTypes['Skill']>, ParentType, ContextType, RequireFields<QuerySkillArgs, 'name'>>;
  skillSuggestions?: Resolver<Array<ResolversTypes['SkillSuggestion']>, ParentType, ContextType, RequireFields<QuerySkillSuggestionsArgs, 'title'>>;
  skills?: Resolver<ResolversTypes['SkillConnection'], ParentType, ContextType, RequireFields<QuerySkillsArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type ResourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  writtenType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReviewIntervalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewIntervals'] = ResolversParentTypes['ReviewIntervals']> = ResolversObject<{
  again?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  easy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  good?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hard?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewQueueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewQueue'] = ResolversParentTypes['ReviewQueue']> = ResolversObject<{
  dailyLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['ItemConnection'], ParentType, ContextType, RequireFields<ReviewQueueItemsArgs, 'first'>>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewedToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewSettings'] = ResolversParentTypes['ReviewSettings']> = ResolversObject<{
  dailyLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  desiredRetention?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  disabledRoadmapIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ReviewStateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewState'] = ResolversParentTypes['ReviewState']> = ResolversObject<{
  difficulty?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lapses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastReviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextIntervals?: Resolver<ResolversTypes['ReviewIntervals'], ParentType, ContextType>;
  reps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retrievability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RoadmapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap']> = ResolversObject<{
  badgeUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  calendarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  export?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RoadmapExportArgs, 'format'>>;
  forkedFrom?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ProgressBucket']>>, ParentType, ContextType, RequireFields<RoadmapHistoryArgs, 'days' | 'timeZone'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isFork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  markdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originalLanguage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Completion']>, ParentType, ContextType, Partial<RoadmapProgressArgs>>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  skillClaims?: Resolver<Maybe<ResolversTypes['RoadmapSkillClaims']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translations?: Resolver<Array<ResolversTypes['RoadmapTranslation']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerSharedSkills?: Resolver<Array<ResolversTypes['SharedSkill']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['RoadmapVisibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoadmapChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapChange'] = ResolversParentTypes['RoadmapChange']> = ResolversObject<{
  guessed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RoadmapChangeKind'], ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  markdownKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoadmapConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapConnection'] = ResolversParentTypes['RoadmapConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoadmapEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RoadmapEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapEdge'] = ResolversParentTypes['RoadmapEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
}>;

export type RoadmapSkillClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapSkillClaim'] = ResolversParentTypes['RoadmapSkillClaim']> = ResolversObject<{
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoadmapSkillClaimsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapSkillClaims'] = ResolversParentTypes['RoadmapSkillClaims']> = ResolversObject<{
  skills?: Resolver<Array<ResolversTypes['RoadmapSkillClaim']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoadmapTranslationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapTranslation'] = ResolversParentTypes['RoadmapTranslation']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  markdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SaveRoadmapPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SaveRoadmapPayload'] = ResolversParentTypes['SaveRoadmapPayload']> = ResolversObject<{
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['RoadmapChange']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  learnersAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  moved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renamed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restoredStatuses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  skillChanges?: Resolver<Array<ResolversTypes['SkillClaimChange']>, ParentType, ContextType>;
}>;

export type SectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Completion']>, ParentType, ContextType, Partial<SectionProgressArgs>>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SharedSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedSkill'] = ResolversParentTypes['SharedSkill']> = ResolversObject<{
  roadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
}>;

export type SkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Skill'] = ResolversParentTypes['Skill']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['ItemConnection'], ParentType, ContextType, RequireFields<SkillItemsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SkillClaimChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillClaimChange'] = ResolversParentTypes['SkillClaimChange']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SkillConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillConnection'] = ResolversParentTypes['SkillConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SkillEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SkillEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillEdge'] = ResolversParentTypes['SkillEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
}>;

export type SkillSuggestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillSuggestion'] = ResolversParentTypes['SkillSuggestion']> = ResolversObject<{
  example?: Resolver<ResolversTypes['SkillSuggestionExample'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SkillSuggestionReason']>, ParentType, ContextType>;
  sharedLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkillSuggestionExampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillSuggestionExample'] = ResolversParentTypes['SkillSuggestionExample']> = ResolversObject<{
  itemTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roadmapPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roadmapTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<ViewerActivityArgs, 'timeZone'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  apiTokensConnection?: Resolver<ResolversTypes['ApiTokenConnection'], ParentType, ContextType, RequireFields<ViewerApiTokensConnectionArgs, 'first'>>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  calendarFeedCreatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cohorts?: Resolver<ResolversTypes['CohortConnection'], ParentType, ContextType, RequireFields<ViewerCohortsArgs, 'first'>>;
  dataExport?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followedRoadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inProgressItems?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<ViewerInProgressItemsArgs, 'first'>>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  login?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownRoadmaps?: Resolver<ResolversTypes['RoadmapConnection'], ParentType, ContextType, RequireFields<ViewerOwnRoadmapsArgs, 'first'>>;
  profilePublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  profileRoadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  profileUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewQueue?: Resolver<ResolversTypes['ReviewQueue'], ParentType, ContextType, Partial<ViewerReviewQueueArgs>>;
  reviewSettings?: Resolver<ResolversTypes['ReviewSettings'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityDay?: ActivityDayResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenConnection?: ApiTokenConnectionResolvers<ContextType>;
  ApiTokenEdge?: ApiTokenEdgeResolvers<ContextType>;
  Cohort?: CohortResolvers<ContextType>;
  CohortBand?: CohortBandResolvers<ContextType>;
  CohortConnection?: CohortConnectionResolvers<ContextType>;
  CohortEdge?: CohortEdgeResolvers<ContextType>;
  CohortInvite?: CohortInviteResolvers<ContextType>;
  CohortInvitePreview?: CohortInvitePreviewResolvers<ContextType>;
  CohortMatrix?: CohortMatrixResolvers<ContextType>;
  CohortMatrixCell?: CohortMatrixCellResolvers<ContextType>;
  CohortMatrixItemRow?: CohortMatrixItemRowResolvers<ContextType>;
  CohortMatrixRow?: CohortMatrixRowResolvers<ContextType>;
  CohortMatrixSection?: CohortMatrixSectionResolvers<ContextType>;
  CohortMember?: CohortMemberResolvers<ContextType>;
  CohortMemberConnection?: CohortMemberConnectionResolvers<ContextType>;
  CohortMemberEdge?: CohortMemberEdgeResolvers<ContextType>;
  CohortPlace?: CohortPlaceResolvers<ContextType>;
  CohortSharedNote?: CohortSharedNoteResolvers<ContextType>;
  CohortStanding?: CohortStandingResolvers<ContextType>;
  Completion?: CompletionResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateCalendarFeedPayload?: CreateCalendarFeedPayloadResolvers<ContextType>;
  ImportRoadmapPayload?: ImportRoadmapPayloadResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemConnection?: ItemConnectionResolvers<ContextType>;
  ItemEdge?: ItemEdgeResolvers<ContextType>;
  MergeGuestProgressPayload?: MergeGuestProgressPayloadResolvers<ContextType>;
  MergeGuestReviewsPayload?: MergeGuestReviewsPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProgressBucket?: ProgressBucketResolvers<ContextType>;
  PublicProfile?: PublicProfileResolvers<ContextType>;
  PublicProfileRoadmap?: PublicProfileRoadmapResolvers<ContextType>;
  PublicUser?: PublicUserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  ReviewIntervals?: ReviewIntervalsResolvers<ContextType>;
  ReviewQueue?: ReviewQueueResolvers<ContextType>;
  ReviewSettings?: ReviewSettingsResolvers<ContextType>;
  ReviewState?: ReviewStateResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  RoadmapChange?: RoadmapChangeResolvers<ContextType>;
  RoadmapConnection?: RoadmapConnectionResolvers<ContextType>;
  RoadmapEdge?: RoadmapEdgeResolvers<ContextType>;
  RoadmapSkillClaim?: RoadmapSkillClaimResolvers<ContextType>;
  RoadmapSkillClaims?: RoadmapSkillClaimsResolvers<ContextType>;
  RoadmapTranslation?: RoadmapTranslationResolvers<ContextType>;
  SaveRoadmapPayload?: SaveRoadmapPayloadResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SharedSkill?: SharedSkillResolvers<ContextType>;
  Skill?: SkillResolvers<ContextType>;
  SkillClaimChange?: SkillClaimChangeResolvers<ContextType>;
  SkillConnection?: SkillConnectionResolvers<ContextType>;
  SkillEdge?: SkillEdgeResolvers<ContextType>;
  SkillSuggestion?: SkillSuggestionResolvers<ContextType>;
  SkillSuggestionExample?: SkillSuggestionExampleResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;


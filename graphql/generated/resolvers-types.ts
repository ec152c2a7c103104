import type { GraphQLResolveInfo } from 'graphql';
import type { RoadmapModel, SectionModel, ItemModel, ResourceModel, ViewerModel, ApiTokenModel, ActivityModel, CreateApiTokenPayloadModel, ImportRoadmapPayloadModel, CompletionModel, PublicProfileModel, CreateCalendarFeedPayloadModel } from '../models';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
   * optionally with ?day=MO&time=18:00&minutes=60.
   */
  urlTemplate: Scalars['String']['output'];
};

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

/** One item a guest changed. */
export type GuestProgressEntry = {
  /** The item. */
  itemId: Scalars['ID']['input'];
  /** The status the guest gave it. */
  status: ItemStatus;
  /** When the guest made the change, ISO 8601. */
  updatedAt: Scalars['String']['input'];
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
export type Item = {
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
  /** The roadmap the item belongs to. */
  roadmap: Roadmap;
  /** The section the item belongs to. */
  section: Section;
  /**
   * When the viewer first marked the item IN_PROGRESS, ISO 8601; null when never (or not since the
   * item was last put back to NOT_STARTED, which starts it over), or signed out.
   */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** The viewer's status; null when signed out. */
  status?: Maybe<ItemStatus>;
  /** When the viewer last changed this item's status (ISO 8601); null when never or signed out. */
  statusUpdatedAt?: Maybe<Scalars['String']['output']>;
  /** The checklist line's text. */
  title: Scalars['String']['output'];
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

/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a personal access token. The secret is in the payload once and never again. Needs a browser session. */
  createApiToken: CreateApiTokenPayload;
  /** Creates the viewer's calendar subscription secret, replacing (and revoking) any earlier one. Needs a browser session. */
  createCalendarFeed: CreateCalendarFeedPayload;
  /** Creates or updates a roadmap from a markdown checklist (administrators only). */
  importRoadmap: ImportRoadmapPayload;
  /** Folds progress made as a guest (in the browser) into the account; per item the newer change wins. */
  mergeGuestProgress: MergeGuestProgressPayload;
  /** Puts every item of a roadmap back to NOT_STARTED for the viewer (history keeps the reset; notes stay). */
  resetRoadmapProgress: Roadmap;
  /** Revokes one of the viewer's tokens; true when it was active. Needs a browser session. */
  revokeApiToken: Scalars['Boolean']['output'];
  /** Revokes the viewer's calendar subscription secret; true when there was one. Needs a browser session. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** Writes the viewer's private note on an item; an empty or null note deletes it. */
  setItemNote: Item;
  /** Sets the viewer's status of one item. Idempotent: repeating a status changes nothing. */
  setItemStatus: Item;
  /** Makes the viewer's profile public or private and chooses its roadmaps. Needs a browser session. */
  setProfileVisibility: Viewer;
  /** Sets, changes or clears the viewer's target date and weekly goal on a roadmap. */
  setRoadmapGoal: Roadmap;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationImportRoadmapArgs = {
  input: ImportRoadmapInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationMergeGuestProgressArgs = {
  input: MergeGuestProgressInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationResetRoadmapProgressArgs = {
  input: ResetRoadmapProgressInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
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
export type MutationSetProfileVisibilityArgs = {
  input: SetProfileVisibilityInput;
};


/** Changing the viewer's progress, notes and tokens, and (admins) roadmaps. */
export type MutationSetRoadmapGoalArgs = {
  input: SetRoadmapGoalInput;
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

/** Reading roadmaps and the viewer's progress. */
export type Query = {
  __typename?: 'Query';
  /** One item by id; null when there is none. */
  item?: Maybe<Item>;
  /** A learner's public profile; null when there is no such learner or the profile is not public (the two are not told apart). */
  profile?: Maybe<PublicProfile>;
  /** One roadmap by slug; null when there is none. */
  roadmap?: Maybe<Roadmap>;
  /** Every roadmap, in title order. */
  roadmaps: Array<Roadmap>;
  /** The signed-in learner; null when signed out. */
  viewer?: Maybe<Viewer>;
};


/** Reading roadmaps and the viewer's progress. */
export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QueryProfileArgs = {
  login: Scalars['String']['input'];
};


/** Reading roadmaps and the viewer's progress. */
export type QueryRoadmapArgs = {
  slug: Scalars['String']['input'];
};

/** Input of resetRoadmapProgress. */
export type ResetRoadmapProgressInput = {
  /** The roadmap to start over. */
  roadmapId: Scalars['ID']['input'];
};

/** A curated link. */
export type Resource = {
  __typename?: 'Resource';
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** What kind of resource the link points to. */
  kind: ResourceKind;
  /** What the link is called. */
  title: Scalars['String']['output'];
  /** An absolute http(s) URL. */
  url: Scalars['String']['output'];
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

/** Input of revokeApiToken. */
export type RevokeApiTokenInput = {
  /** The token's id. */
  id: Scalars['ID']['input'];
};

/** A learning roadmap: ordered sections of checklist items with curated resources. */
export type Roadmap = {
  __typename?: 'Roadmap';
  /** The viewer's README badge for this roadmap (an absolute path; ?theme=dark for the dark variant); null when signed out. It shows the viewer's completion once their profile is public and lists this roadmap, and a neutral not-found badge until then. */
  badgeUrl?: Maybe<Scalars['String']['output']>;
  /** A paragraph about the roadmap, when it has one. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * The viewer's finished items over time (a burn-up chart): one bucket per day,
   * from zero the day before the first change (or from the first day of the window)
   * to today. Null when signed out.
   */
  history?: Maybe<Array<ProgressBucket>>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Number of items, nested ones included. */
  itemCount: Scalars['Int']['output'];
  /** Every item of the roadmap in reading order, nested ones included. */
  items: Array<Item>;
  /**
   * The viewer's completion of the whole roadmap, with their pace, forecast, target date and
   * weekly goal; null when signed out.
   */
  progress?: Maybe<Completion>;
  /** Resources that belong to the roadmap as a whole rather than to one item. */
  resources: Array<Resource>;
  /** Sections in reading order. */
  sections: Array<Section>;
  /** Stable, URL-safe name, for example backend. */
  slug: Scalars['String']['output'];
  /** The roadmap's title. */
  title: Scalars['String']['output'];
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

/** What a user may do beyond their own progress. */
export type Role =
  /** May also import and edit roadmaps. */
  | 'ADMIN'
  /** Everyone: reads roadmaps, keeps their own progress and notes. */
  | 'LEARNER';

/** A titled group of items within a roadmap. */
export type Section = {
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

/** Input of setProfileVisibility. */
export type SetProfileVisibilityInput = {
  /** True: /u/<login> and the badges answer for everyone. False: they answer not found. */
  public: Scalars['Boolean']['input'];
  /** The public roadmaps to show, in order (at most 50); left out, the choice stays as it is. */
  roadmapIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** IANA time zone in which the profile's days start, for example Europe/Paris; left out, it stays as it is (UTC at first). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
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
  /** Read the viewer's statuses, notes, history and activity. */
  | 'READ_PROGRESS'
  /** Change the viewer's statuses and notes. */
  | 'WRITE_PROGRESS';

/** The signed-in learner (or the owner of the access token used). */
export type Viewer = {
  __typename?: 'Viewer';
  /** Status changes per day over the last 52 weeks, and streaks. */
  activity: Activity;
  /** Personal access tokens, newest first (needs a browser session). */
  apiTokens: Array<ApiToken>;
  /** GitHub avatar URL. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** When the viewer's calendar subscription secret was made, ISO 8601; null when there is none. */
  calendarFeedCreatedAt?: Maybe<Scalars['String']['output']>;
  /** Roadmaps the viewer has started (any status change), most recently active first. */
  followedRoadmaps: Array<Roadmap>;
  /** The user's identifier. */
  id: Scalars['ID']['output'];
  /** Items the viewer has in progress, most recently changed first. */
  inProgressItems: Array<Item>;
  /** GitHub login. */
  login: Scalars['String']['output'];
  /** Display name from GitHub, when set. */
  name?: Maybe<Scalars['String']['output']>;
  /** Whether the viewer's profile is public (off until they turn it on). */
  profilePublic: Scalars['Boolean']['output'];
  /** The roadmaps the viewer chose to show on their profile, in order. */
  profileRoadmaps: Array<Roadmap>;
  /** The path of the viewer's public profile, /u/<login> (it answers only while profilePublic). */
  profileUrl: Scalars['String']['output'];
  /** LEARNER or ADMIN. */
  role: Role;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerActivityArgs = {
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** The signed-in learner (or the owner of the access token used). */
export type ViewerInProgressItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityModel>;
  ActivityDay: ResolverTypeWrapper<ActivityDay>;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Completion: ResolverTypeWrapper<CompletionModel>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<CreateApiTokenPayloadModel>;
  CreateCalendarFeedPayload: ResolverTypeWrapper<CreateCalendarFeedPayloadModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForecastStatus: ForecastStatus;
  GuestProgressEntry: GuestProgressEntry;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportRoadmapInput: ImportRoadmapInput;
  ImportRoadmapPayload: ResolverTypeWrapper<ImportRoadmapPayloadModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Item: ResolverTypeWrapper<ItemModel>;
  ItemStatus: ItemStatus;
  MergeGuestProgressInput: MergeGuestProgressInput;
  MergeGuestProgressPayload: ResolverTypeWrapper<MergeGuestProgressPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ProgressBucket: ResolverTypeWrapper<ProgressBucket>;
  PublicProfile: ResolverTypeWrapper<PublicProfileModel>;
  PublicProfileRoadmap: ResolverTypeWrapper<PublicProfileRoadmap>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResetRoadmapProgressInput: ResetRoadmapProgressInput;
  Resource: ResolverTypeWrapper<ResourceModel>;
  ResourceKind: ResourceKind;
  RevokeApiTokenInput: RevokeApiTokenInput;
  Roadmap: ResolverTypeWrapper<RoadmapModel>;
  Role: Role;
  Section: ResolverTypeWrapper<SectionModel>;
  SetItemNoteInput: SetItemNoteInput;
  SetItemStatusInput: SetItemStatusInput;
  SetProfileVisibilityInput: SetProfileVisibilityInput;
  SetRoadmapGoalInput: SetRoadmapGoalInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetStatus: TargetStatus;
  TokenScope: TokenScope;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityModel;
  ActivityDay: ActivityDay;
  ApiToken: ApiTokenModel;
  Boolean: Scalars['Boolean']['output'];
  Completion: CompletionModel;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: CreateApiTokenPayloadModel;
  CreateCalendarFeedPayload: CreateCalendarFeedPayloadModel;
  Float: Scalars['Float']['output'];
  GuestProgressEntry: GuestProgressEntry;
  ID: Scalars['ID']['output'];
  ImportRoadmapInput: ImportRoadmapInput;
  ImportRoadmapPayload: ImportRoadmapPayloadModel;
  Int: Scalars['Int']['output'];
  Item: ItemModel;
  MergeGuestProgressInput: MergeGuestProgressInput;
  MergeGuestProgressPayload: MergeGuestProgressPayload;
  Mutation: Record<PropertyKey, never>;
  ProgressBucket: ProgressBucket;
  PublicProfile: PublicProfileModel;
  PublicProfileRoadmap: PublicProfileRoadmap;
  Query: Record<PropertyKey, never>;
  ResetRoadmapProgressInput: ResetRoadmapProgressInput;
  Resource: ResourceModel;
  RevokeApiTokenInput: RevokeApiTokenInput;
  Roadmap: RoadmapModel;
  Section: SectionModel;
  SetItemNoteInput: SetItemNoteInput;
  SetItemStatusInput: SetItemStatusInput;
  SetProfileVisibilityInput: SetProfileVisibilityInput;
  SetRoadmapGoalInput: SetRoadmapGoalInput;
  String: Scalars['String']['output'];
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
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ItemStatus']>, ParentType, ContextType>;
  statusUpdatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MergeGuestProgressPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergeGuestProgressPayload'] = ResolversParentTypes['MergeGuestProgressPayload']> = ResolversObject<{
  ignored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createCalendarFeed?: Resolver<ResolversTypes['CreateCalendarFeedPayload'], ParentType, ContextType>;
  importRoadmap?: Resolver<ResolversTypes['ImportRoadmapPayload'], ParentType, ContextType, RequireFields<MutationImportRoadmapArgs, 'input'>>;
  mergeGuestProgress?: Resolver<ResolversTypes['MergeGuestProgressPayload'], ParentType, ContextType, RequireFields<MutationMergeGuestProgressArgs, 'input'>>;
  resetRoadmapProgress?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationResetRoadmapProgressArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  revokeCalendarFeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  setItemNote?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationSetItemNoteArgs, 'input'>>;
  setItemStatus?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationSetItemStatusArgs, 'input'>>;
  setProfileVisibility?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationSetProfileVisibilityArgs, 'input'>>;
  setRoadmapGoal?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationSetRoadmapGoalArgs, 'input'>>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemArgs, 'id'>>;
  profile?: Resolver<Maybe<ResolversTypes['PublicProfile']>, ParentType, ContextType, RequireFields<QueryProfileArgs, 'login'>>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'slug'>>;
  roadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type ResourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoadmapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap']> = ResolversObject<{
  badgeUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ProgressBucket']>>, ParentType, ContextType, RequireFields<RoadmapHistoryArgs, 'days' | 'timeZone'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Completion']>, ParentType, ContextType, Partial<RoadmapProgressArgs>>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Completion']>, ParentType, ContextType, Partial<SectionProgressArgs>>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<ViewerActivityArgs, 'timeZone'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  calendarFeedCreatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followedRoadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inProgressItems?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<ViewerInProgressItemsArgs, 'first'>>;
  login?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  profilePublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  profileRoadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  profileUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityDay?: ActivityDayResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  Completion?: CompletionResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateCalendarFeedPayload?: CreateCalendarFeedPayloadResolvers<ContextType>;
  ImportRoadmapPayload?: ImportRoadmapPayloadResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  MergeGuestProgressPayload?: MergeGuestProgressPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ProgressBucket?: ProgressBucketResolvers<ContextType>;
  PublicProfile?: PublicProfileResolvers<ContextType>;
  PublicProfileRoadmap?: PublicProfileRoadmapResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;


/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A member's part in a cohort. */
export type CohortRole =
  /** Follows the roadmap with the others; sees the standing, and the names and figures of members who show them. */
  | 'MEMBER'
  /** Sees every member's figures and statuses on the cohort's roadmap, and makes new invite links. */
  | 'MENTOR'
  /** Made the cohort: runs it (invites, mentors, removals) and deletes it. One per cohort. */
  | 'OWNER';

/** Input of createApiToken. */
export type CreateApiTokenInput = {
  /** 1-100 characters, to recognise the token later. */
  name: string;
  /** At least one scope. */
  scopes: Array<TokenScope>;
};

/** Input of createCohort. */
export type CreateCohortInput = {
  /** When the first invite link stops working, ISO 8601, at most 366 days ahead; null: never. */
  inviteExpiresAt?: string | null | undefined;
  /** How many learners may join with the first invite link, 1 to 10,000; null: no limit. */
  inviteMaxUses?: number | null | undefined;
  /** 1-100 characters. */
  name: string;
  /** The roadmap to follow: built-in, or a public or unlisted one (never private). */
  roadmapId: string;
};

/** Input of deleteAccount. */
export type DeleteAccountInput = {
  /** The viewer's GitHub login, typed to confirm. */
  login: string;
};

/** Input of deleteCohort. */
export type DeleteCohortInput = {
  /** The cohort. */
  cohortId: string;
};

/** Input of deleteRoadmap. */
export type DeleteRoadmapInput = {
  /** One of the viewer's own roadmaps. */
  roadmapId: string;
};

/** Input of deleteRoadmapTranslation. */
export type DeleteRoadmapTranslationInput = {
  /** The translation's language. */
  language: string;
  /** A roadmap the viewer may edit. */
  roadmapId: string;
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

/** Input of forkRoadmap. */
export type ForkRoadmapInput = {
  /**
   * Copy the viewer's own statuses on the original to the fork's items with the same keys. Default false.
   * A token needs READ_PROGRESS and WRITE_PROGRESS for it too (FORBIDDEN without, and no fork is made).
   */
  copyProgress?: boolean | null | undefined;
  /** A roadmap the viewer may see: public, unlisted, or their own. */
  roadmapId: string;
};

/** One item a guest changed. */
export type GuestProgressEntry = {
  /** The item. */
  itemId: string;
  /** The status the guest gave it. */
  status: ItemStatus;
  /** When the guest made the change, ISO 8601. */
  updatedAt: string;
};

/** A rating a visitor gave in the browser before signing in. */
export type GuestReviewRatingInput = {
  /** The item rated. */
  itemId: string;
  /** The rating. */
  rating: ReviewRating;
  /** When, ISO 8601 (a time in the future counts as now). */
  reviewedAt: string;
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
  invite: string;
};

/** Input of leaveCohort. */
export type LeaveCohortInput = {
  /** The cohort. */
  cohortId: string;
};

/** Input of mergeGuestProgress. */
export type MergeGuestProgressInput = {
  /** At most 5,000 entries. */
  entries: Array<GuestProgressEntry>;
};

/** Input of mergeGuestReviews. */
export type MergeGuestReviewsInput = {
  /** At most 5,000 ratings. */
  ratings: Array<GuestReviewRatingInput>;
};

/** Input of removeCohortMember. */
export type RemoveCohortMemberInput = {
  /** The cohort. */
  cohortId: string;
  /** The member's login. */
  login: string;
};

/** Input of resetRoadmapProgress. */
export type ResetRoadmapProgressInput = {
  /**
   * Also reset the skills it shares with the viewer's other roadmaps (Roadmap.viewerSharedSkills):
   * their status is one on every roadmap, so they reset there too. False by default: items claiming
   * them keep their status.
   */
  resetSharedSkills?: boolean | null | undefined;
  /** The roadmap to start over. */
  roadmapId: string;
};

/** Input of reviewItem. */
export type ReviewItemInput = {
  /** Optional: the client's id for this rating (8 to 64 letters, digits, - or _): a retry with it is written once. */
  id?: string | null | undefined;
  /** The item reviewed. */
  itemId: string;
  /** How well the learner remembered it. */
  rating: ReviewRating;
  /** Optional: ReviewState.reps as the client read it: a second rating of that state is a retry, written once. */
  reps?: number | null | undefined;
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

/** Input of revokeApiToken. */
export type RevokeApiTokenInput = {
  /** The token's id. */
  id: string;
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

/** Who may see a roadmap. */
export type RoadmapVisibility =
  /** Only its owner (the default for a learner's new roadmap). */
  | 'PRIVATE'
  /** Anyone; listed on Explore. Built-in roadmaps are PUBLIC. */
  | 'PUBLIC'
  /** Anyone with its address or id; never listed on Explore. */
  | 'UNLISTED';

/** Input of rotateCohortInvite. */
export type RotateCohortInviteInput = {
  /** The cohort. */
  cohortId: string;
  /** When the new link stops working, ISO 8601, at most 366 days ahead; null: never. */
  inviteExpiresAt?: string | null | undefined;
  /** How many learners may join with the new link, 1 to 10,000; null: no limit. */
  inviteMaxUses?: number | null | undefined;
};

/** Input of saveRoadmap. */
export type SaveRoadmapInput = {
  /**
   * Keep the key of an item reworded in place, whose key is not pinned (see RoadmapChange.guessed):
   * its learners keep their progress and notes. Default true; false takes every key from the
   * markdown alone.
   */
  detectRenames?: boolean | null | undefined;
  /** Say what the save would do, and write nothing. */
  dryRun?: boolean | null | undefined;
  /**
   * The roadmap as a markdown checklist: the Waymark format, a plain GitHub task list, or with
   * roadmap.sh's [@type@Title](url) links of any type (see the README). At most 5,000 items and
   * 1,000,000 bytes as Waymark writes the roadmap (its markdown export without key pins), in a file
   * of at most 2,100,000 bytes: any markdown export of a roadmap imports again.
   */
  markdown: string;
  /**
   * Keys (RoadmapChange.markdownKey) of items that are new, not renames of the item they
   * replace: they are saved as new items, and the items they replace are retired. At most 5,000.
   */
  notRenamed?: Array<string> | null | undefined;
  /**
   * Also set the viewer's statuses from the file's checkboxes ([x] done, [/] in progress, [-] skipped,
   * [ ] not started), as the markdown export writes them. A token needs WRITE_PROGRESS for it too
   * (FORBIDDEN without, and nothing is saved).
   */
  restoreStatuses?: boolean | null | undefined;
  /** The roadmap to save a new version of; absent to create a roadmap of the viewer's own. */
  roadmapId?: string | null | undefined;
  /**
   * The roadmap's name in its address, /roadmaps/<your login>/<slug>: lowercase letters, digits and
   * single dashes. Absent: made from the title (new roadmaps) or kept (saves).
   */
  slug?: string | null | undefined;
  /** Who may see it. Absent: PRIVATE for a new roadmap, unchanged for a save. */
  visibility?: RoadmapVisibility | null | undefined;
};

/** Input of saveRoadmapTranslation. */
export type SaveRoadmapTranslationInput = {
  /** The translation's language: es, pt-BR, de, ja, ar or en (not the roadmap's own). */
  language: string;
  /**
   * The roadmap in that language: the original's sections in the same order and its items by key
   * (pin each with <!-- key: … -->), under the same parents. Links may differ; an item that lists
   * none keeps the original's.
   */
  markdown: string;
  /** A roadmap the viewer may edit. */
  roadmapId: string;
};

/** Input of setCohortMemberRole. */
export type SetCohortMemberRoleInput = {
  /** The cohort. */
  cohortId: string;
  /** The member's login. */
  login: string;
  /** MENTOR or MEMBER (the owner is the one who made the cohort). */
  role: CohortRole;
};

/** Input of setCohortSharing. A field left out stays as it is. */
export type SetCohortSharingInput = {
  /** The cohort. */
  cohortId: string;
  /** The item whose note of the viewer's (on the cohort's roadmap) to share; null unshares. */
  sharedNoteItemId?: string | null | undefined;
  /** Show the viewer's name and figures to the other members (the owner and mentors always see them). */
  showMeToCohort?: boolean | null | undefined;
};

/** Input of setItemNote. */
export type SetItemNoteInput = {
  /** The item the note is about. */
  itemId: string;
  /**
   * Markdown (CommonMark with GFM tables, task lists, strikethrough, autolinks and footnotes);
   * empty or null deletes the note. At most 10,000 characters, quotes and lists nested at most
   * 8 deep, emphasis, links and images nested at most 8 deep, 1,000 table cells, 100 footnote
   * references, 6,000 markdown elements and 100,000 characters of rendered HTML. A note past a
   * limit is refused with BAD_USER_INPUT naming the limit and the line.
   */
  note?: string | null | undefined;
};

/** Input of setItemStatus. */
export type SetItemStatusInput = {
  /** The item to change. */
  itemId: string;
  /** Its new status. */
  status: ItemStatus;
};

/** Input of setLocale. */
export type SetLocaleInput = {
  /** A BCP 47 tag: en, es, pt-BR, de, ja or ar; null follows the browser's Accept-Language. */
  locale?: string | null | undefined;
};

/** Input of setProfileVisibility. */
export type SetProfileVisibilityInput = {
  /** True: /u/<login> and the badges answer for everyone. False: they answer not found. */
  public: boolean;
  /** The roadmaps to show, in order (at most 50): public ones of the viewer's own or that they follow (changed a status on); left out, the choice stays as it is. */
  roadmapIds?: Array<string> | null | undefined;
  /** IANA time zone in which the profile's days start, for example Europe/Paris; left out, it stays as it is (UTC at first). */
  timeZone?: string | null | undefined;
};

/** Input of setReviewSettings: what it leaves out stays as it is. */
export type SetReviewSettingsInput = {
  /** The most reviews a day, 1 to 500. */
  dailyLimit?: number | null | undefined;
  /** The chance of recall to schedule for, 0.7 to 0.99. */
  desiredRetention?: number | null | undefined;
  /** With roadmapId: review on (its finished items enter it) or off (they leave it). */
  enabled?: boolean | null | undefined;
  /** With enabled: the roadmap to turn review on or off on. */
  roadmapId?: string | null | undefined;
};

/** Input of setRoadmapGoal. A field left out stays as it is; null clears it. */
export type SetRoadmapGoalInput = {
  /** The roadmap. */
  roadmapId: string;
  /** The day to finish by, YYYY-MM-DD: from yesterday (it is still today somewhere) to 20 years ahead. */
  targetDate?: string | null | undefined;
  /** Items to finish per week, 1 to 500. */
  weeklyGoal?: number | null | undefined;
};

/** Input of setRoadmapVisibility. */
export type SetRoadmapVisibilityInput = {
  /** The roadmap. */
  roadmapId: string;
  /** Who may see it from now on. */
  visibility: RoadmapVisibility;
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
  itemId: string;
};

export type MergeGuestProgressMutationVariables = Exact<{
  input: MergeGuestProgressInput;
}>;


export type MergeGuestProgressMutation = { __typename: 'Mutation', mergeGuestProgress: { __typename: 'MergeGuestProgressPayload', merged: number, ignored: number } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { __typename: 'Mutation', createCohort: { __typename: 'Cohort', id: string, name: string, inviteUrl: string | null } };

export type JoinCohortMutationVariables = Exact<{
  input: JoinCohortInput;
}>;


export type JoinCohortMutation = { __typename: 'Mutation', joinCohort: { __typename: 'Cohort', id: string } };

export type LeaveCohortMutationVariables = Exact<{
  input: LeaveCohortInput;
}>;


export type LeaveCohortMutation = { __typename: 'Mutation', leaveCohort: boolean };

export type RotateCohortInviteMutationVariables = Exact<{
  input: RotateCohortInviteInput;
}>;


export type RotateCohortInviteMutation = { __typename: 'Mutation', rotateCohortInvite: { __typename: 'Cohort', id: string, inviteUrl: string | null } };

export type SetCohortMemberRoleMutationVariables = Exact<{
  input: SetCohortMemberRoleInput;
}>;


export type SetCohortMemberRoleMutation = { __typename: 'Mutation', setCohortMemberRole: { __typename: 'CohortMember', role: CohortRole } };

export type RemoveCohortMemberMutationVariables = Exact<{
  input: RemoveCohortMemberInput;
}>;


export type RemoveCohortMemberMutation = { __typename: 'Mutation', removeCohortMember: boolean };

export type DeleteCohortMutationVariables = Exact<{
  input: DeleteCohortInput;
}>;


export type DeleteCohortMutation = { __typename: 'Mutation', deleteCohort: boolean };

export type SetCohortSharingMutationVariables = Exact<{
  input: SetCohortSharingInput;
}>;


export type SetCohortSharingMutation = { __typename: 'Mutation', setCohortSharing: { __typename: 'Cohort', id: string, showMeToCohort: boolean } };

export type GuestRoadmapQueryVariables = Exact<{
  id: string;
}>;


export type GuestRoadmapQuery = { __typename: 'Query', node:
    | { __typename: 'Cohort' }
    | { __typename: 'Item' }
    | { __typename: 'Resource' }
    | { __typename: 'Roadmap', id: string, slug: string, title: string, sections: Array<{ __typename: 'Section', id: string, title: string }>, items: Array<{ __typename: 'Item', id: string, title: string, section: { __typename: 'Section', id: string } }> }
    | { __typename: 'Section' }
    | { __typename: 'Skill' }
   | null };

export type SkillSuggestionsQueryVariables = Exact<{
  title: string;
  urls?: Array<string> | string | null | undefined;
}>;


export type SkillSuggestionsQuery = { __typename: 'Query', skillSuggestions: Array<{ __typename: 'SkillSuggestion', name: string, title: string, reasons: Array<SkillSuggestionReason>, sharedLinks: number, example: { __typename: 'SkillSuggestionExample', itemTitle: string, roadmapTitle: string, roadmapPath: string } }> };

export type SetLocaleMutationVariables = Exact<{
  input: SetLocaleInput;
}>;


export type SetLocaleMutation = { __typename: 'Mutation', setLocale: { __typename: 'Viewer', id: string, locale: string | null } };

export type SaveRoadmapMutationVariables = Exact<{
  input: SaveRoadmapInput;
}>;


export type SaveRoadmapMutation = { __typename: 'Mutation', saveRoadmap: { __typename: 'SaveRoadmapPayload', created: boolean, dryRun: boolean, added: number, moved: number, renamed: number, retired: number, learnersAffected: number, restoredStatuses: number, roadmap: { __typename: 'Roadmap', id: string, path: string } | null, changes: Array<{ __typename: 'RoadmapChange', kind: RoadmapChangeKind, key: string, title: string, previousTitle: string | null, line: number | null, learners: number, guessed: boolean, markdownKey: string | null }>, skillChanges: Array<{ __typename: 'SkillClaimChange', key: string, title: string, from: string | null, to: string | null, learners: number }> } };

export type ForkRoadmapMutationVariables = Exact<{
  input: ForkRoadmapInput;
}>;


export type ForkRoadmapMutation = { __typename: 'Mutation', forkRoadmap: { __typename: 'Roadmap', id: string, path: string } };

export type DeleteRoadmapMutationVariables = Exact<{
  input: DeleteRoadmapInput;
}>;


export type DeleteRoadmapMutation = { __typename: 'Mutation', deleteRoadmap: boolean };

export type SetRoadmapVisibilityMutationVariables = Exact<{
  input: SetRoadmapVisibilityInput;
}>;


export type SetRoadmapVisibilityMutation = { __typename: 'Mutation', setRoadmapVisibility: { __typename: 'Roadmap', id: string, visibility: RoadmapVisibility } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { __typename: 'Mutation', deleteAccount: boolean };

export type RoadmapPlanFieldsFragment = { __typename: 'Completion', total: number, done: number, skipped: number, pacePerWeek: number, pacePerWeekSinceStart: number, startedOn: string | null, forecast: ForecastStatus, finishOn: string | null, targetDate: string | null, requiredPacePerWeek: number | null, targetStatus: TargetStatus | null, daysAheadOfTarget: number | null, finishedThisWeek: number, weeklyGoal: number | null };

export type RoadmapPlanQueryVariables = Exact<{
  slug: string;
  timeZone: string;
}>;


export type RoadmapPlanQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, progress: { __typename: 'Completion', total: number, done: number, skipped: number, pacePerWeek: number, pacePerWeekSinceStart: number, startedOn: string | null, forecast: ForecastStatus, finishOn: string | null, targetDate: string | null, requiredPacePerWeek: number | null, targetStatus: TargetStatus | null, daysAheadOfTarget: number | null, finishedThisWeek: number, weeklyGoal: number | null } | null } | null };

export type SetRoadmapGoalMutationVariables = Exact<{
  input: SetRoadmapGoalInput;
  timeZone: string;
}>;


export type SetRoadmapGoalMutation = { __typename: 'Mutation', setRoadmapGoal: { __typename: 'Roadmap', id: string, progress: { __typename: 'Completion', total: number, done: number, skipped: number, pacePerWeek: number, pacePerWeekSinceStart: number, startedOn: string | null, forecast: ForecastStatus, finishOn: string | null, targetDate: string | null, requiredPacePerWeek: number | null, targetStatus: TargetStatus | null, daysAheadOfTarget: number | null, finishedThisWeek: number, weeklyGoal: number | null } | null } };

export type RoadmapDatesQueryVariables = Exact<{
  slug: string;
}>;


export type RoadmapDatesQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, sections: Array<{ __typename: 'Section', id: string, startedAt: string | null, completedAt: string | null }>, items: Array<{ __typename: 'Item', id: string, startedAt: string | null, finishedAt: string | null }> } | null };

export type SetProfileVisibilityMutationVariables = Exact<{
  input: SetProfileVisibilityInput;
}>;


export type SetProfileVisibilityMutation = { __typename: 'Mutation', setProfileVisibility: { __typename: 'Viewer', id: string, profilePublic: boolean, profileUrl: string } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename: 'Mutation', createCalendarFeed: { __typename: 'CreateCalendarFeedPayload', secret: string, createdAt: string, urlTemplate: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { __typename: 'Mutation', revokeCalendarFeed: boolean };

export type ReviewItemMutationVariables = Exact<{
  input: ReviewItemInput;
}>;


export type ReviewItemMutation = { __typename: 'Mutation', reviewItem: { __typename: 'Item', id: string, review: { __typename: 'ReviewState', reps: number, due: string } | null } };

export type UndoLastReviewMutationVariables = Exact<{
  input: UndoLastReviewInput;
}>;


export type UndoLastReviewMutation = { __typename: 'Mutation', undoLastReview: { __typename: 'Item', id: string, review: { __typename: 'ReviewState', reps: number, due: string } | null } };

export type SetReviewSettingsMutationVariables = Exact<{
  input: SetReviewSettingsInput;
}>;


export type SetReviewSettingsMutation = { __typename: 'Mutation', setReviewSettings: { __typename: 'ReviewSettings', dailyLimit: number, desiredRetention: number, disabledRoadmapIds: Array<string> } };

export type MergeGuestReviewsMutationVariables = Exact<{
  input: MergeGuestReviewsInput;
}>;


export type MergeGuestReviewsMutation = { __typename: 'Mutation', mergeGuestReviews: { __typename: 'MergeGuestReviewsPayload', merged: number, ignored: number } };

export type ItemStateFragment = { __typename: 'Item', id: string, status: ItemStatus | null, statusUpdatedAt: string | null, note: string | null, noteHtml: string | null };

export type RoadmapStatesQueryVariables = Exact<{
  slug: string;
}>;


export type RoadmapStatesQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, items: Array<{ __typename: 'Item', id: string, status: ItemStatus | null, statusUpdatedAt: string | null, note: string | null, noteHtml: string | null }> } | null };

export type SetItemStatusMutationVariables = Exact<{
  input: SetItemStatusInput;
}>;


export type SetItemStatusMutation = { __typename: 'Mutation', setItemStatus: { __typename: 'Item', id: string, status: ItemStatus | null, statusUpdatedAt: string | null } };

export type SetItemNoteMutationVariables = Exact<{
  input: SetItemNoteInput;
}>;


export type SetItemNoteMutation = { __typename: 'Mutation', setItemNote: { __typename: 'Item', id: string, note: string | null, noteHtml: string | null } };

export type ResetRoadmapProgressMutationVariables = Exact<{
  input: ResetRoadmapProgressInput;
}>;


export type ResetRoadmapProgressMutation = { __typename: 'Mutation', resetRoadmapProgress: { __typename: 'Roadmap', id: string, items: Array<{ __typename: 'Item', id: string, status: ItemStatus | null, statusUpdatedAt: string | null }> } };

export type RoadmapSharedSkillsQueryVariables = Exact<{
  slug: string;
}>;


export type RoadmapSharedSkillsQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, viewerSharedSkills: Array<{ __typename: 'SharedSkill', skill: { __typename: 'Skill', name: string, title: string }, roadmaps: Array<{ __typename: 'Roadmap', id: string, title: string }> }> } | null };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreateApiTokenPayload', token: string, apiToken: { __typename: 'ApiToken', id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { __typename: 'Mutation', revokeApiToken: boolean };

export type SaveRoadmapTranslationMutationVariables = Exact<{
  input: SaveRoadmapTranslationInput;
}>;


export type SaveRoadmapTranslationMutation = { __typename: 'Mutation', saveRoadmapTranslation: { __typename: 'Roadmap', id: string, language: string, translations: Array<{ __typename: 'RoadmapTranslation', language: string, title: string, missingItems: number }> } };

export type DeleteRoadmapTranslationMutationVariables = Exact<{
  input: DeleteRoadmapTranslationInput;
}>;


export type DeleteRoadmapTranslationMutation = { __typename: 'Mutation', deleteRoadmapTranslation: { __typename: 'Roadmap', id: string, translations: Array<{ __typename: 'RoadmapTranslation', language: string }> } };

export const RoadmapPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeekSinceStart"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"finishOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"targetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysAheadOfTarget"}},{"kind":"Field","name":{"kind":"Name","value":"finishedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyGoal"}}]}}]} as unknown as DocumentNode<RoadmapPlanFieldsFragment, unknown>;
export const ItemStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteHtml"}}]}}]} as unknown as DocumentNode<ItemStateFragment, unknown>;
export const MergeGuestProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeGuestProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeGuestProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeGuestProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}}]}}]}}]} as unknown as DocumentNode<MergeGuestProgressMutation, MergeGuestProgressMutationVariables>;
export const CreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}}]}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const JoinCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<JoinCohortMutation, JoinCohortMutationVariables>;
export const LeaveCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<LeaveCohortMutation, LeaveCohortMutationVariables>;
export const RotateCohortInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCohortInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCohortInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCohortInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}}]}}]}}]} as unknown as DocumentNode<RotateCohortInviteMutation, RotateCohortInviteMutationVariables>;
export const SetCohortMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCohortMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCohortMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCohortMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SetCohortMemberRoleMutation, SetCohortMemberRoleMutationVariables>;
export const RemoveCohortMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCohortMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCohortMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCohortMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveCohortMemberMutation, RemoveCohortMemberMutationVariables>;
export const DeleteCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteCohortMutation, DeleteCohortMutationVariables>;
export const SetCohortSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCohortSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCohortSharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCohortSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"showMeToCohort"}}]}}]}}]} as unknown as DocumentNode<SetCohortSharingMutation, SetCohortSharingMutationVariables>;
export const GuestRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadmap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuestRoadmapQuery, GuestRoadmapQueryVariables>;
export const SkillSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urls"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"urls"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urls"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"sharedLinks"}},{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapPath"}}]}}]}}]}}]} as unknown as DocumentNode<SkillSuggestionsQuery, SkillSuggestionsQueryVariables>;
export const SetLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLocaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLocale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SetLocaleMutation, SetLocaleMutationVariables>;
export const SaveRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"renamed"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"learnersAffected"}},{"kind":"Field","name":{"kind":"Name","value":"restoredStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"guessed"}},{"kind":"Field","name":{"kind":"Name","value":"markdownKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}}]}}]}}]}}]} as unknown as DocumentNode<SaveRoadmapMutation, SaveRoadmapMutationVariables>;
export const ForkRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForkRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForkRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forkRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<ForkRoadmapMutation, ForkRoadmapMutationVariables>;
export const DeleteRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteRoadmapMutation, DeleteRoadmapMutationVariables>;
export const SetRoadmapVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoadmapVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoadmapVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoadmapVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<SetRoadmapVisibilityMutation, SetRoadmapVisibilityMutationVariables>;
export const DeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const RoadmapPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeekSinceStart"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"finishOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"targetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysAheadOfTarget"}},{"kind":"Field","name":{"kind":"Name","value":"finishedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyGoal"}}]}}]} as unknown as DocumentNode<RoadmapPlanQuery, RoadmapPlanQueryVariables>;
export const SetRoadmapGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoadmapGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoadmapGoalInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoadmapGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeekSinceStart"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"finishOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"targetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysAheadOfTarget"}},{"kind":"Field","name":{"kind":"Name","value":"finishedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyGoal"}}]}}]} as unknown as DocumentNode<SetRoadmapGoalMutation, SetRoadmapGoalMutationVariables>;
export const RoadmapDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapDatesQuery, RoadmapDatesQueryVariables>;
export const SetProfileVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProfileVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProfileVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProfileVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profilePublic"}},{"kind":"Field","name":{"kind":"Name","value":"profileUrl"}}]}}]}}]} as unknown as DocumentNode<SetProfileVisibilityMutation, SetProfileVisibilityMutationVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urlTemplate"}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const ReviewItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewItemMutation, ReviewItemMutationVariables>;
export const UndoLastReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoLastReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoLastReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoLastReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]} as unknown as DocumentNode<UndoLastReviewMutation, UndoLastReviewMutationVariables>;
export const SetReviewSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReviewSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReviewSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReviewSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"desiredRetention"}},{"kind":"Field","name":{"kind":"Name","value":"disabledRoadmapIds"}}]}}]}}]} as unknown as DocumentNode<SetReviewSettingsMutation, SetReviewSettingsMutationVariables>;
export const MergeGuestReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeGuestReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeGuestReviewsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeGuestReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}}]}}]}}]} as unknown as DocumentNode<MergeGuestReviewsMutation, MergeGuestReviewsMutationVariables>;
export const RoadmapStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteHtml"}}]}}]} as unknown as DocumentNode<RoadmapStatesQuery, RoadmapStatesQueryVariables>;
export const SetItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetItemStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}}]}}]}}]} as unknown as DocumentNode<SetItemStatusMutation, SetItemStatusMutationVariables>;
export const SetItemNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetItemNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetItemNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setItemNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteHtml"}}]}}]}}]} as unknown as DocumentNode<SetItemNoteMutation, SetItemNoteMutationVariables>;
export const ResetRoadmapProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetRoadmapProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetRoadmapProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetRoadmapProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResetRoadmapProgressMutation, ResetRoadmapProgressMutationVariables>;
export const RoadmapSharedSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapSharedSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSharedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapSharedSkillsQuery, RoadmapSharedSkillsQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SaveRoadmapTranslationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRoadmapTranslation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRoadmapTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRoadmapTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"missingItems"}}]}}]}}]}}]} as unknown as DocumentNode<SaveRoadmapTranslationMutation, SaveRoadmapTranslationMutationVariables>;
export const DeleteRoadmapTranslationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoadmapTranslation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoadmapTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoadmapTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteRoadmapTranslationMutation, DeleteRoadmapTranslationMutationVariables>;
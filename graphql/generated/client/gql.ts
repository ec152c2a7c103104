/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n    mergeGuestProgress(input: $input) {\n      merged\n      ignored\n    }\n  }\n": typeof types.MergeGuestProgressDocument,
    "\n  query GuestRoadmap($id: ID!) {\n    node(id: $id) {\n      ... on Roadmap {\n        id\n        slug\n        title\n        sections {\n          id\n          title\n        }\n        items {\n          id\n          title\n          section {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.GuestRoadmapDocument,
    "\n  mutation SaveRoadmap($input: SaveRoadmapInput!) {\n    saveRoadmap(input: $input) {\n      roadmap {\n        id\n        path\n      }\n      created\n      dryRun\n      added\n      moved\n      renamed\n      retired\n      learnersAffected\n      restoredStatuses\n      changes {\n        kind\n        key\n        title\n        previousTitle\n        line\n        learners\n      }\n    }\n  }\n": typeof types.SaveRoadmapDocument,
    "\n  mutation ForkRoadmap($input: ForkRoadmapInput!) {\n    forkRoadmap(input: $input) {\n      id\n      path\n    }\n  }\n": typeof types.ForkRoadmapDocument,
    "\n  mutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n    deleteRoadmap(input: $input)\n  }\n": typeof types.DeleteRoadmapDocument,
    "\n  mutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n    setRoadmapVisibility(input: $input) {\n      id\n      visibility\n    }\n  }\n": typeof types.SetRoadmapVisibilityDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n    setRoadmapGoal(input: $input) {\n      id\n      progress {\n        targetDate\n        weeklyGoal\n      }\n    }\n  }\n": typeof types.SetRoadmapGoalDocument,
    "\n  query RoadmapDates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      sections {\n        id\n        startedAt\n        completedAt\n      }\n      items {\n        id\n        startedAt\n        finishedAt\n      }\n    }\n  }\n": typeof types.RoadmapDatesDocument,
    "\n  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n    setProfileVisibility(input: $input) {\n      id\n      profilePublic\n      profileUrl\n    }\n  }\n": typeof types.SetProfileVisibilityDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      secret\n      createdAt\n      urlTemplate\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment ItemState on Item {\n    id\n    status\n    statusUpdatedAt\n    note\n    noteHtml\n  }\n": typeof types.ItemStateFragmentDoc,
    "\n  query RoadmapStates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      items {\n        ...ItemState\n      }\n    }\n  }\n": typeof types.RoadmapStatesDocument,
    "\n  mutation SetItemStatus($input: SetItemStatusInput!) {\n    setItemStatus(input: $input) {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n": typeof types.SetItemStatusDocument,
    "\n  mutation SetItemNote($input: SetItemNoteInput!) {\n    setItemNote(input: $input) {\n      id\n      note\n      noteHtml\n    }\n  }\n": typeof types.SetItemNoteDocument,
    "\n  mutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n    resetRoadmapProgress(input: $input) {\n      id\n      items {\n        id\n        status\n        statusUpdatedAt\n      }\n    }\n  }\n": typeof types.ResetRoadmapProgressDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input)\n  }\n": typeof types.RevokeApiTokenDocument,
};
const documents: Documents = {
    "\n  mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n    mergeGuestProgress(input: $input) {\n      merged\n      ignored\n    }\n  }\n": types.MergeGuestProgressDocument,
    "\n  query GuestRoadmap($id: ID!) {\n    node(id: $id) {\n      ... on Roadmap {\n        id\n        slug\n        title\n        sections {\n          id\n          title\n        }\n        items {\n          id\n          title\n          section {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.GuestRoadmapDocument,
    "\n  mutation SaveRoadmap($input: SaveRoadmapInput!) {\n    saveRoadmap(input: $input) {\n      roadmap {\n        id\n        path\n      }\n      created\n      dryRun\n      added\n      moved\n      renamed\n      retired\n      learnersAffected\n      restoredStatuses\n      changes {\n        kind\n        key\n        title\n        previousTitle\n        line\n        learners\n      }\n    }\n  }\n": types.SaveRoadmapDocument,
    "\n  mutation ForkRoadmap($input: ForkRoadmapInput!) {\n    forkRoadmap(input: $input) {\n      id\n      path\n    }\n  }\n": types.ForkRoadmapDocument,
    "\n  mutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n    deleteRoadmap(input: $input)\n  }\n": types.DeleteRoadmapDocument,
    "\n  mutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n    setRoadmapVisibility(input: $input) {\n      id\n      visibility\n    }\n  }\n": types.SetRoadmapVisibilityDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n    setRoadmapGoal(input: $input) {\n      id\n      progress {\n        targetDate\n        weeklyGoal\n      }\n    }\n  }\n": types.SetRoadmapGoalDocument,
    "\n  query RoadmapDates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      sections {\n        id\n        startedAt\n        completedAt\n      }\n      items {\n        id\n        startedAt\n        finishedAt\n      }\n    }\n  }\n": types.RoadmapDatesDocument,
    "\n  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n    setProfileVisibility(input: $input) {\n      id\n      profilePublic\n      profileUrl\n    }\n  }\n": types.SetProfileVisibilityDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      secret\n      createdAt\n      urlTemplate\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment ItemState on Item {\n    id\n    status\n    statusUpdatedAt\n    note\n    noteHtml\n  }\n": types.ItemStateFragmentDoc,
    "\n  query RoadmapStates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      items {\n        ...ItemState\n      }\n    }\n  }\n": types.RoadmapStatesDocument,
    "\n  mutation SetItemStatus($input: SetItemStatusInput!) {\n    setItemStatus(input: $input) {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n": types.SetItemStatusDocument,
    "\n  mutation SetItemNote($input: SetItemNoteInput!) {\n    setItemNote(input: $input) {\n      id\n      note\n      noteHtml\n    }\n  }\n": types.SetItemNoteDocument,
    "\n  mutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n    resetRoadmapProgress(input: $input) {\n      id\n      items {\n        id\n        status\n        statusUpdatedAt\n      }\n    }\n  }\n": types.ResetRoadmapProgressDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input)\n  }\n": types.RevokeApiTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n    mergeGuestProgress(input: $input) {\n      merged\n      ignored\n    }\n  }\n"): (typeof documents)["\n  mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n    mergeGuestProgress(input: $input) {\n      merged\n      ignored\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestRoadmap($id: ID!) {\n    node(id: $id) {\n      ... on Roadmap {\n        id\n        slug\n        title\n        sections {\n          id\n          title\n        }\n        items {\n          id\n          title\n          section {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuestRoadmap($id: ID!) {\n    node(id: $id) {\n      ... on Roadmap {\n        id\n        slug\n        title\n        sections {\n          id\n          title\n        }\n        items {\n          id\n          title\n          section {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRoadmap($input: SaveRoadmapInput!) {\n    saveRoadmap(input: $input) {\n      roadmap {\n        id\n        path\n      }\n      created\n      dryRun\n      added\n      moved\n      renamed\n      retired\n      learnersAffected\n      restoredStatuses\n      changes {\n        kind\n        key\n        title\n        previousTitle\n        line\n        learners\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveRoadmap($input: SaveRoadmapInput!) {\n    saveRoadmap(input: $input) {\n      roadmap {\n        id\n        path\n      }\n      created\n      dryRun\n      added\n      moved\n      renamed\n      retired\n      learnersAffected\n      restoredStatuses\n      changes {\n        kind\n        key\n        title\n        previousTitle\n        line\n        learners\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForkRoadmap($input: ForkRoadmapInput!) {\n    forkRoadmap(input: $input) {\n      id\n      path\n    }\n  }\n"): (typeof documents)["\n  mutation ForkRoadmap($input: ForkRoadmapInput!) {\n    forkRoadmap(input: $input) {\n      id\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n    deleteRoadmap(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n    deleteRoadmap(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n    setRoadmapVisibility(input: $input) {\n      id\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n    setRoadmapVisibility(input: $input) {\n      id\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n    setRoadmapGoal(input: $input) {\n      id\n      progress {\n        targetDate\n        weeklyGoal\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n    setRoadmapGoal(input: $input) {\n      id\n      progress {\n        targetDate\n        weeklyGoal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapDates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      sections {\n        id\n        startedAt\n        completedAt\n      }\n      items {\n        id\n        startedAt\n        finishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapDates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      sections {\n        id\n        startedAt\n        completedAt\n      }\n      items {\n        id\n        startedAt\n        finishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n    setProfileVisibility(input: $input) {\n      id\n      profilePublic\n      profileUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n    setProfileVisibility(input: $input) {\n      id\n      profilePublic\n      profileUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      secret\n      createdAt\n      urlTemplate\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      secret\n      createdAt\n      urlTemplate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemState on Item {\n    id\n    status\n    statusUpdatedAt\n    note\n    noteHtml\n  }\n"): (typeof documents)["\n  fragment ItemState on Item {\n    id\n    status\n    statusUpdatedAt\n    note\n    noteHtml\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapStates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      items {\n        ...ItemState\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapStates($slug: String!) {\n    roadmap(slug: $slug) {\n      id\n      items {\n        ...ItemState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetItemStatus($input: SetItemStatusInput!) {\n    setItemStatus(input: $input) {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetItemStatus($input: SetItemStatusInput!) {\n    setItemStatus(input: $input) {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetItemNote($input: SetItemNoteInput!) {\n    setItemNote(input: $input) {\n      id\n      note\n      noteHtml\n    }\n  }\n"): (typeof documents)["\n  mutation SetItemNote($input: SetItemNoteInput!) {\n    setItemNote(input: $input) {\n      id\n      note\n      noteHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n    resetRoadmapProgress(input: $input) {\n      id\n      items {\n        id\n        status\n        statusUpdatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n    resetRoadmapProgress(input: $input) {\n      id\n      items {\n        id\n        status\n        statusUpdatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n  mergeGuestProgress(input: $input) {\n    merged\n    ignored\n  }\n}": typeof types.MergeGuestProgressDocument,
    "query GuestRoadmap($id: ID!) {\n  node(id: $id) {\n    ... on Roadmap {\n      id\n      slug\n      title\n      sections {\n        id\n        title\n      }\n      items {\n        id\n        title\n        section {\n          id\n        }\n      }\n    }\n  }\n}": typeof types.GuestRoadmapDocument,
    "mutation SaveRoadmap($input: SaveRoadmapInput!) {\n  saveRoadmap(input: $input) {\n    roadmap {\n      id\n      path\n    }\n    created\n    dryRun\n    added\n    moved\n    renamed\n    retired\n    learnersAffected\n    restoredStatuses\n    changes {\n      kind\n      key\n      title\n      previousTitle\n      line\n      learners\n      guessed\n      markdownKey\n    }\n  }\n}\n\nmutation ForkRoadmap($input: ForkRoadmapInput!) {\n  forkRoadmap(input: $input) {\n    id\n    path\n  }\n}\n\nmutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n  deleteRoadmap(input: $input)\n}\n\nmutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n  setRoadmapVisibility(input: $input) {\n    id\n    visibility\n  }\n}\n\nmutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}": typeof types.SaveRoadmapDocument,
    "mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n  setRoadmapGoal(input: $input) {\n    id\n    progress {\n      targetDate\n      weeklyGoal\n    }\n  }\n}\n\nquery RoadmapDates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    sections {\n      id\n      startedAt\n      completedAt\n    }\n    items {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n}": typeof types.SetRoadmapGoalDocument,
    "mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n  setProfileVisibility(input: $input) {\n    id\n    profilePublic\n    profileUrl\n  }\n}\n\nmutation CreateCalendarFeed {\n  createCalendarFeed {\n    secret\n    createdAt\n    urlTemplate\n  }\n}\n\nmutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}": typeof types.SetProfileVisibilityDocument,
    "fragment ItemState on Item {\n  id\n  status\n  statusUpdatedAt\n  note\n  noteHtml\n}\n\nquery RoadmapStates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    items {\n      ...ItemState\n    }\n  }\n}\n\nmutation SetItemStatus($input: SetItemStatusInput!) {\n  setItemStatus(input: $input) {\n    id\n    status\n    statusUpdatedAt\n  }\n}\n\nmutation SetItemNote($input: SetItemNoteInput!) {\n  setItemNote(input: $input) {\n    id\n    note\n    noteHtml\n  }\n}\n\nmutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n  resetRoadmapProgress(input: $input) {\n    id\n    items {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n}": typeof types.ItemStateFragmentDoc,
    "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($input: RevokeApiTokenInput!) {\n  revokeApiToken(input: $input)\n}": typeof types.CreateApiTokenDocument,
};
const documents: Documents = {
    "mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n  mergeGuestProgress(input: $input) {\n    merged\n    ignored\n  }\n}": types.MergeGuestProgressDocument,
    "query GuestRoadmap($id: ID!) {\n  node(id: $id) {\n    ... on Roadmap {\n      id\n      slug\n      title\n      sections {\n        id\n        title\n      }\n      items {\n        id\n        title\n        section {\n          id\n        }\n      }\n    }\n  }\n}": types.GuestRoadmapDocument,
    "mutation SaveRoadmap($input: SaveRoadmapInput!) {\n  saveRoadmap(input: $input) {\n    roadmap {\n      id\n      path\n    }\n    created\n    dryRun\n    added\n    moved\n    renamed\n    retired\n    learnersAffected\n    restoredStatuses\n    changes {\n      kind\n      key\n      title\n      previousTitle\n      line\n      learners\n      guessed\n      markdownKey\n    }\n  }\n}\n\nmutation ForkRoadmap($input: ForkRoadmapInput!) {\n  forkRoadmap(input: $input) {\n    id\n    path\n  }\n}\n\nmutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n  deleteRoadmap(input: $input)\n}\n\nmutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n  setRoadmapVisibility(input: $input) {\n    id\n    visibility\n  }\n}\n\nmutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}": types.SaveRoadmapDocument,
    "mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n  setRoadmapGoal(input: $input) {\n    id\n    progress {\n      targetDate\n      weeklyGoal\n    }\n  }\n}\n\nquery RoadmapDates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    sections {\n      id\n      startedAt\n      completedAt\n    }\n    items {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n}": types.SetRoadmapGoalDocument,
    "mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n  setProfileVisibility(input: $input) {\n    id\n    profilePublic\n    profileUrl\n  }\n}\n\nmutation CreateCalendarFeed {\n  createCalendarFeed {\n    secret\n    createdAt\n    urlTemplate\n  }\n}\n\nmutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}": types.SetProfileVisibilityDocument,
    "fragment ItemState on Item {\n  id\n  status\n  statusUpdatedAt\n  note\n  noteHtml\n}\n\nquery RoadmapStates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    items {\n      ...ItemState\n    }\n  }\n}\n\nmutation SetItemStatus($input: SetItemStatusInput!) {\n  setItemStatus(input: $input) {\n    id\n    status\n    statusUpdatedAt\n  }\n}\n\nmutation SetItemNote($input: SetItemNoteInput!) {\n  setItemNote(input: $input) {\n    id\n    note\n    noteHtml\n  }\n}\n\nmutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n  resetRoadmapProgress(input: $input) {\n    id\n    items {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n}": types.ItemStateFragmentDoc,
    "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($input: RevokeApiTokenInput!) {\n  revokeApiToken(input: $input)\n}": types.CreateApiTokenDocument,
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
export function graphql(source: "mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n  mergeGuestProgress(input: $input) {\n    merged\n    ignored\n  }\n}"): (typeof documents)["mutation MergeGuestProgress($input: MergeGuestProgressInput!) {\n  mergeGuestProgress(input: $input) {\n    merged\n    ignored\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuestRoadmap($id: ID!) {\n  node(id: $id) {\n    ... on Roadmap {\n      id\n      slug\n      title\n      sections {\n        id\n        title\n      }\n      items {\n        id\n        title\n        section {\n          id\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query GuestRoadmap($id: ID!) {\n  node(id: $id) {\n    ... on Roadmap {\n      id\n      slug\n      title\n      sections {\n        id\n        title\n      }\n      items {\n        id\n        title\n        section {\n          id\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveRoadmap($input: SaveRoadmapInput!) {\n  saveRoadmap(input: $input) {\n    roadmap {\n      id\n      path\n    }\n    created\n    dryRun\n    added\n    moved\n    renamed\n    retired\n    learnersAffected\n    restoredStatuses\n    changes {\n      kind\n      key\n      title\n      previousTitle\n      line\n      learners\n      guessed\n      markdownKey\n    }\n  }\n}\n\nmutation ForkRoadmap($input: ForkRoadmapInput!) {\n  forkRoadmap(input: $input) {\n    id\n    path\n  }\n}\n\nmutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n  deleteRoadmap(input: $input)\n}\n\nmutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n  setRoadmapVisibility(input: $input) {\n    id\n    visibility\n  }\n}\n\nmutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}"): (typeof documents)["mutation SaveRoadmap($input: SaveRoadmapInput!) {\n  saveRoadmap(input: $input) {\n    roadmap {\n      id\n      path\n    }\n    created\n    dryRun\n    added\n    moved\n    renamed\n    retired\n    learnersAffected\n    restoredStatuses\n    changes {\n      kind\n      key\n      title\n      previousTitle\n      line\n      learners\n      guessed\n      markdownKey\n    }\n  }\n}\n\nmutation ForkRoadmap($input: ForkRoadmapInput!) {\n  forkRoadmap(input: $input) {\n    id\n    path\n  }\n}\n\nmutation DeleteRoadmap($input: DeleteRoadmapInput!) {\n  deleteRoadmap(input: $input)\n}\n\nmutation SetRoadmapVisibility($input: SetRoadmapVisibilityInput!) {\n  setRoadmapVisibility(input: $input) {\n    id\n    visibility\n  }\n}\n\nmutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n  setRoadmapGoal(input: $input) {\n    id\n    progress {\n      targetDate\n      weeklyGoal\n    }\n  }\n}\n\nquery RoadmapDates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    sections {\n      id\n      startedAt\n      completedAt\n    }\n    items {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n}"): (typeof documents)["mutation SetRoadmapGoal($input: SetRoadmapGoalInput!) {\n  setRoadmapGoal(input: $input) {\n    id\n    progress {\n      targetDate\n      weeklyGoal\n    }\n  }\n}\n\nquery RoadmapDates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    sections {\n      id\n      startedAt\n      completedAt\n    }\n    items {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n  setProfileVisibility(input: $input) {\n    id\n    profilePublic\n    profileUrl\n  }\n}\n\nmutation CreateCalendarFeed {\n  createCalendarFeed {\n    secret\n    createdAt\n    urlTemplate\n  }\n}\n\nmutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}"): (typeof documents)["mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n  setProfileVisibility(input: $input) {\n    id\n    profilePublic\n    profileUrl\n  }\n}\n\nmutation CreateCalendarFeed {\n  createCalendarFeed {\n    secret\n    createdAt\n    urlTemplate\n  }\n}\n\nmutation RevokeCalendarFeed {\n  revokeCalendarFeed\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ItemState on Item {\n  id\n  status\n  statusUpdatedAt\n  note\n  noteHtml\n}\n\nquery RoadmapStates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    items {\n      ...ItemState\n    }\n  }\n}\n\nmutation SetItemStatus($input: SetItemStatusInput!) {\n  setItemStatus(input: $input) {\n    id\n    status\n    statusUpdatedAt\n  }\n}\n\nmutation SetItemNote($input: SetItemNoteInput!) {\n  setItemNote(input: $input) {\n    id\n    note\n    noteHtml\n  }\n}\n\nmutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n  resetRoadmapProgress(input: $input) {\n    id\n    items {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n}"): (typeof documents)["fragment ItemState on Item {\n  id\n  status\n  statusUpdatedAt\n  note\n  noteHtml\n}\n\nquery RoadmapStates($slug: String!) {\n  roadmap(slug: $slug) {\n    id\n    items {\n      ...ItemState\n    }\n  }\n}\n\nmutation SetItemStatus($input: SetItemStatusInput!) {\n  setItemStatus(input: $input) {\n    id\n    status\n    statusUpdatedAt\n  }\n}\n\nmutation SetItemNote($input: SetItemNoteInput!) {\n  setItemNote(input: $input) {\n    id\n    note\n    noteHtml\n  }\n}\n\nmutation ResetRoadmapProgress($input: ResetRoadmapProgressInput!) {\n  resetRoadmapProgress(input: $input) {\n    id\n    items {\n      id\n      status\n      statusUpdatedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($input: RevokeApiTokenInput!) {\n  revokeApiToken(input: $input)\n}"): (typeof documents)["mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($input: RevokeApiTokenInput!) {\n  revokeApiToken(input: $input)\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
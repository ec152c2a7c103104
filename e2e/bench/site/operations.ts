import type { LoadRequest } from "../support/load-window";

/** The GraphQL operations the benchmarks send (bench:site's, and the roadmap reads of bench and bench:profile). */

export const ROADMAP_QUERY = `query Roadmap($slug: String!) {
  roadmap(slug: $slug) {
    id title description itemCount
    resources { title url kind }
    sections { id title items { id title resources { id title url kind } children { id title resources { id title url kind } } } }
  }
}`;

export const ROADMAP_SIGNED_IN = `query RoadmapWithProgress($slug: String!) {
  roadmap(slug: $slug) {
    id title itemCount
    progress { done total percent }
    sections { id title progress { percent } items { id title status statusUpdatedAt note noteHtml resources { id title url kind } children { id title status note } } }
  }
}`;

export const ITEM_IDS = `query Items($slug: String!) { roadmap(slug: $slug) { id items { id } } }`;

export const SET_STATUS = `mutation SetItemStatus($itemId: ID!, $status: ItemStatus!) {
  setItemStatus(input: { itemId: $itemId, status: $status }) { id status }
}`;

export const SET_NOTE = `mutation SetItemNote($itemId: ID!, $note: String) {
  setItemNote(input: { itemId: $itemId, note: $note }) { id note }
}`;

export const SAVE_ROADMAP = `mutation SaveRoadmap($input: SaveRoadmapInput!) {
  saveRoadmap(input: $input) { roadmap { id slug } created added renamed }
}`;

export const DELETE_ROADMAP = `mutation DeleteRoadmap($roadmapId: ID!) { deleteRoadmap(input: { roadmapId: $roadmapId }) }`;

export const DELETE_ACCOUNT = `mutation DeleteAccount($login: String!) { deleteAccount(input: { login: $login }) }`;

export const SET_PROFILE = `mutation SetProfile($roadmapIds: [ID!]) {
  setProfileVisibility(input: { public: true, roadmapIds: $roadmapIds, timeZone: "Europe/Paris" }) { profilePublic }
}`;

export const CREATE_CALENDAR_FEED = `mutation CreateCalendarFeed { createCalendarFeed { urlTemplate } }`;

export const DASHBOARD = `query Dashboard {
  viewer {
    activity(timeZone: "Europe/Paris") { currentStreak longestStreak totalChanges days { date count } }
    followedRoadmaps { slug progress { percent done total } history(days: 365, timeZone: "Europe/Paris") { date finished total } }
    inProgressItems(first: 5) { id title }
  }
}`;

const JSON_HEADERS = { "content-type": "application/json" };

export const graphqlRequest = (query: string, variables: Record<string, unknown>, cookie?: string): LoadRequest => ({
  method: "POST",
  path: "/api/graphql",
  headers: cookie ? { ...JSON_HEADERS, cookie } : JSON_HEADERS,
  body: JSON.stringify({ query, variables }),
});

export const pageRequest = (path: string, cookie?: string): LoadRequest => ({
  method: "GET",
  path,
  headers: cookie ? { cookie } : {},
});

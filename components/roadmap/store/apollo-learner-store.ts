import type { ApolloClient } from "@apollo/client";
import type { RoadmapPageData } from "@/shared/roadmap-view";
import { refreshRoadmapPlans } from "../../plan/refresh-roadmap-plans";
import { flattenItems } from "../flatten-items";
import {
  ItemStateFragment,
  ResetRoadmapProgressMutation,
  RoadmapSharedSkillsQuery,
  RoadmapStatesQuery,
  SetItemNoteMutation,
} from "../roadmap-operations";
import { seedApolloCache } from "../seed-apollo-cache";
import {
  NOT_STARTED,
  StoreError,
  type ChecklistStore,
  type ItemRowState,
  type ItemStates,
  type StoreTexts,
} from "./checklist-store";
import { createStatusWriter } from "./status-writer";

function toStates(
  cached:
    | {
        roadmap?: {
          items: { id: string; status: ItemRowState["status"] | null; note: string | null; noteHtml: string | null }[];
        } | null;
      }
    | null
    | undefined,
): ItemStates {
  return new Map(
    (cached?.roadmap?.items ?? []).map((item) => [
      item.id,
      { ...NOT_STARTED, status: item.status ?? "NOT_STARTED", note: item.note, noteHtml: item.noteHtml },
    ]),
  );
}

/**
 * The learner's checklist on the browser's one Apollo Client: the cache is seeded
 * with the server's data, watched (optimistic layers included), and changed only
 * by mutations. After each write lands, the page's plan is asked again, so its
 * figures follow the checklist's.
 */
export function createApolloLearnerStore(
  client: ApolloClient,
  data: RoadmapPageData,
  onError: (message: string) => void,
  texts: StoreTexts,
): ChecklistStore {
  seedApolloCache(client, data);
  const pageItems = flattenItems(data.sections.flatMap((section) => section.items));
  const titles = new Map(pageItems.map((item) => [item.id, item.title]));
  const bySkill = new Map<string, string[]>();
  for (const item of pageItems) if (item.skill) bySkill.set(item.skill, [...(bySkill.get(item.skill) ?? []), item.id]);
  const twinsOf = new Map<string, string[]>();
  for (const ids of bySkill.values()) {
    if (ids.length < 2) continue;
    for (const id of ids)
      twinsOf.set(
        id,
        ids.filter((other) => other !== id),
      );
  }
  const listeners = new Set<() => void>();
  const query = { query: RoadmapStatesQuery, variables: { slug: data.roadmap.slug } };
  let snapshot = toStates(client.readQuery(query));

  client.watchQuery({ ...query, fetchPolicy: "cache-only" }).subscribe((result) => {
    if (result.dataState !== "complete") return;
    snapshot = toStates(result.data);
    listeners.forEach((listener) => listener());
  });

  // A failed refresh leaves the plan as it was; the next write asks again.
  const refreshPlans = () => void refreshRoadmapPlans(client).catch(() => {});
  const setStatus = createStatusWriter(client, {
    onError: (itemId, error) => onError(texts.notSaved(titles.get(itemId) ?? "", texts.describe(error))),
    onSettled: refreshPlans,
  });

  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => snapshot,
    setStatus(itemId, status) {
      setStatus(itemId, status);
      // The page's other items claiming the same skill show the same status (the server
      // copies it to them; no request of their own, which would record a change of theirs).
      for (const twin of twinsOf.get(itemId) ?? []) {
        client.cache.updateFragment(
          { fragment: ItemStateFragment, id: client.cache.identify({ __typename: "Item", id: twin }) },
          (cached) => (cached ? { ...cached, status } : cached),
        );
      }
    },
    async saveNote(itemId, note) {
      try {
        await client.mutate({ mutation: SetItemNoteMutation, variables: { input: { itemId, note } } });
      } catch (error) {
        throw new StoreError(texts.describe(error));
      }
    },
    async resetRoadmap({ resetSharedSkills = false } = {}) {
      try {
        await client.mutate({
          mutation: ResetRoadmapProgressMutation,
          variables: { input: { roadmapId: data.roadmap.id, resetSharedSkills } },
        });
      } catch (error) {
        throw new StoreError(texts.describe(error));
      }
      refreshPlans();
    },
    async sharedSkills() {
      try {
        const result = await client.query({
          query: RoadmapSharedSkillsQuery,
          variables: { slug: data.roadmap.slug },
          fetchPolicy: "network-only",
        });
        return (result.data?.roadmap?.viewerSharedSkills ?? []).map((shared) => ({
          name: shared.skill.name,
          title: shared.skill.title,
          roadmaps: shared.roadmaps.map((roadmap) => roadmap.title),
        }));
      } catch (error) {
        throw new StoreError(texts.describe(error));
      }
    },
    replaceServerData(next) {
      // Items with a change in flight or queued keep what they show; the rest
      // take the server's word.
      const busy = setStatus.busyItems();
      const states = { ...next.states };
      for (const itemId of busy) {
        const shown = snapshot.get(itemId);
        if (shown && states[itemId]) states[itemId] = { ...states[itemId], status: shown.status };
      }
      seedApolloCache(client, { ...next, states });
    },
  };
}

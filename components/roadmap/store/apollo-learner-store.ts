import type { RoadmapPageData } from "@/app/lib/shared/roadmap-view";
import { createApolloClient } from "../../apollo/create-apollo-client";
import { errorMessage } from "../../apollo/error-message";
import { flattenItems } from "../flatten-items";
import { ResetRoadmapProgressMutation, RoadmapStatesQuery, SetItemNoteMutation } from "../roadmap-operations";
import { seedApolloCache } from "../seed-apollo-cache";
import { NOT_STARTED, StoreError, type ChecklistStore, type ItemRowState, type ItemStates } from "./checklist-store";
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
 * The learner's checklist on Apollo Client: the cache is seeded with the server's
 * data, watched (optimistic layers included), and changed only by mutations.
 */
export function createApolloLearnerStore(data: RoadmapPageData, onError: (message: string) => void): ChecklistStore {
  const client = createApolloClient();
  seedApolloCache(client, data);
  const titles = new Map(
    flattenItems(data.sections.flatMap((section) => section.items)).map((item) => [item.id, item.title]),
  );
  const listeners = new Set<() => void>();
  const query = { query: RoadmapStatesQuery, variables: { slug: data.roadmap.slug } };
  let snapshot = toStates(client.readQuery(query));

  client.watchQuery({ ...query, fetchPolicy: "cache-only" }).subscribe((result) => {
    if (result.dataState !== "complete") return;
    snapshot = toStates(result.data);
    listeners.forEach((listener) => listener());
  });

  const setStatus = createStatusWriter(client, {
    onError: (itemId, error) => onError(`Could not save “${titles.get(itemId) ?? "item"}”: ${errorMessage(error)}`),
  });

  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => snapshot,
    setStatus,
    async saveNote(itemId, note) {
      try {
        await client.mutate({ mutation: SetItemNoteMutation, variables: { input: { itemId, note } } });
      } catch (error) {
        throw new StoreError(errorMessage(error));
      }
    },
    async resetRoadmap() {
      try {
        await client.mutate({
          mutation: ResetRoadmapProgressMutation,
          variables: { input: { roadmapId: data.roadmap.id } },
        });
      } catch (error) {
        throw new StoreError(errorMessage(error));
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

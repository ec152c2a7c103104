import type { RoadmapPageData } from "@/app/lib/services/roadmaps/roadmap-page-data";
import { NOT_STARTED, type ChecklistStore, type ItemRowState, type ItemStates } from "./checklist-store";

function statesFromServer(data: RoadmapPageData): ItemStates {
  return new Map(
    Object.entries(data.states).map(([itemId, state]): [string, ItemRowState] => [
      itemId,
      { ...NOT_STARTED, status: state.status, note: state.note, noteHtml: state.noteHtml },
    ]),
  );
}

/**
 * A signed-in learner's checklist. The page paints from the server's data; the
 * GraphQL client (Apollo, about 56 kB) loads right after, outside the first-load
 * JavaScript, and from then on every change goes through its cache. A change
 * made in the instant before it arrives waits for it.
 */
export function createLearnerStore(data: RoadmapPageData, onError: (message: string) => void): ChecklistStore {
  const server = statesFromServer(data);
  const listeners = new Set<() => void>();
  let live: ChecklistStore | null = null;
  let loading: Promise<ChecklistStore> | null = null;
  // Started by the first subscriber, which only exists in the browser.
  const load = () =>
    (loading ??= import("./apollo-learner-store").then(({ createApolloLearnerStore }) => {
      live = createApolloLearnerStore(data, onError);
      live.subscribe(() => listeners.forEach((listener) => listener()));
      listeners.forEach((listener) => listener());
      return live;
    }));
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      void load();
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => live?.getSnapshot() ?? server,
    getServerSnapshot: () => server,
    setStatus(itemId, status) {
      if (live) live.setStatus(itemId, status);
      else void load().then((store) => store.setStatus(itemId, status));
    },
    saveNote: async (itemId, note) => (await load()).saveNote(itemId, note),
    resetRoadmap: async () => (await load()).resetRoadmap(),
    dispose() {
      listeners.clear();
      if (loading) void loading.then((store) => store.dispose());
    },
  };
}

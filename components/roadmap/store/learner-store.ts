import type { RoadmapPageData } from "@/shared/roadmap-view";
import { apolloClient } from "../../apollo/apollo-client";
import {
  NOT_STARTED,
  type ChecklistStore,
  type ItemRowState,
  type ItemStates,
  type StoreTexts,
} from "./checklist-store";

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
 * browser's GraphQL client (Apollo, about 45 kB gzip, apollo-client.ts) loads right
 * after, outside the first-load JavaScript, and from then on every change goes
 * through its cache. A change made in the instant before it arrives waits for it.
 */
export function createLearnerStore(
  initial: RoadmapPageData,
  onError: (message: string) => void,
  texts: StoreTexts,
): ChecklistStore {
  let data = initial;
  const initialStates = statesFromServer(initial);
  let server = initialStates;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let live: ChecklistStore | null = null;
  let loading: Promise<ChecklistStore> | null = null;
  // Started by the first subscriber, which only exists in the browser. A failed
  // load (a chunk gone after a deploy, say) is reported and tried again next time.
  const load = () =>
    (loading ??= Promise.all([import("./apollo-learner-store"), apolloClient()]).then(
      ([{ createApolloLearnerStore }, client]) => {
        live = createApolloLearnerStore(client, data, onError, texts);
        live.subscribe(notify);
        notify();
        return live;
      },
      (error: unknown) => {
        loading = null;
        onError(texts.notLoaded);
        throw error;
      },
    ));
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      void load();
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => live?.getSnapshot() ?? server,
    getServerSnapshot: () => initialStates,
    setStatus(itemId, status) {
      if (live) live.setStatus(itemId, status);
      else
        void load().then(
          (store) => store.setStatus(itemId, status),
          () => {},
        );
    },
    saveNote: async (itemId, note) => (await load()).saveNote(itemId, note),
    resetRoadmap: async (options) => (await load()).resetRoadmap(options),
    sharedSkills: async () => (await load()).sharedSkills(),
    replaceServerData(next) {
      data = next;
      server = statesFromServer(next);
      if (live) live.replaceServerData(next);
      else notify();
    },
  };
}

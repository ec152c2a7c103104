import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { RoadmapPageData } from "@/shared/roadmap-view";
import { useTranslations } from "next-intl";
import { useErrorText } from "../../apollo/use-error-text";
import { NOT_STARTED, type ChecklistStore, type StoreTexts } from "../store/checklist-store";
import { createGuestStore } from "../store/guest-store";
import { createLearnerStore } from "../store/learner-store";

/**
 * The checklist's state for the page's lifetime: a guest's in this browser's
 * storage, a learner's through Apollo Client's cache. The page is keyed by mode,
 * so signing in makes a new store; a server refresh (after a guest's progress was
 * merged, say) hands the store new data instead of replacing it, so no change in
 * flight is lost.
 */
export function useChecklistStore(data: RoadmapPageData, mode: "learner" | "guest", onError: (text: string) => void) {
  const t = useTranslations("ChecklistStore");
  const describe = useErrorText();
  const [store] = useState<ChecklistStore>(() => {
    // Made once, with the page: a change of language loads the page again.
    const texts: StoreTexts = {
      describe,
      notSaved: (title, reason) => t("notSaved", { title: title || t("anItem"), reason }),
      notLoaded: t("notLoaded"),
      signInForNotes: t("signInForNotes"),
      signInToReset: t("signInToReset"),
    };
    return mode === "guest" ? createGuestStore(data, texts) : createLearnerStore(data, onError, texts);
  });
  const firstData = useRef(data);
  useEffect(() => {
    if (data !== firstData.current) store.replaceServerData(data);
  }, [store, data]);
  const states = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const stateOf = useCallback((itemId: string) => states.get(itemId) ?? NOT_STARTED, [states]);
  return { store, stateOf };
}

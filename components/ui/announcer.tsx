"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { Toast, type ToastMessage } from "./toast";

/**
 * Says what an action did: shown at the bottom of the screen and read by
 * screen readers (a status region that is always in the page). With
 * `afterNavigation`, the message waits for the next page, so an action that
 * leaves the page (a delete, a fork) is confirmed where the learner lands.
 */
export type Announce = (text: string, options?: { afterNavigation?: boolean }) => void;

const AnnounceContext = createContext<Announce>(() => {});

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/** In the root layout, above every page: it outlives client-side navigations, so its messages do too. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const waiting = useRef<{ text: string; from: string } | null>(null);

  const announce = useCallback<Announce>(
    (text, options) => {
      if (options?.afterNavigation) waiting.current = { text, from: pathname };
      else setMessage({ id: Date.now(), text, tone: "info" });
    },
    [pathname],
  );
  useEffect(() => {
    const next = waiting.current;
    if (!next || next.from === pathname) return;
    waiting.current = null;
    // The navigation is the outside event this waits for: the message shows once the new page does.
    setMessage({ id: Date.now(), text: next.text, tone: "info" });
  }, [pathname]);
  const dismiss = useCallback(() => setMessage(null), []);

  return (
    <AnnounceContext value={announce}>
      {children}
      <Toast message={message} onDismiss={dismiss} />
    </AnnounceContext>
  );
}

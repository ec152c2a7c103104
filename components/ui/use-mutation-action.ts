"use client";

import { useRef, useState } from "react";
import { useErrorText } from "../apollo/use-error-text";

/**
 * What every button or form that writes keeps track of: whether its action is
 * under way, and why the last one failed. `run` clears the last error, marks it
 * pending, awaits the action and, should it throw, keeps a sentence for the
 * learner in `error` (shown with ActionError) or hands it to `onError`. One run
 * at a time: a press while one is under way does nothing.
 */
export function useMutationAction({
  describe,
  onError,
  leavesPage = false,
}: {
  /** The sentence for a failure; by default what the GraphQL API refused, or that it was not reached (useErrorText). */
  describe?: (failure: unknown) => string;
  /** Where the sentence goes when it is not shown beside the action (a page-wide message). */
  onError?: (message: string) => void;
  /** A success leaves the page: the action stays pending until it has, so it is not pressed twice meanwhile. */
  leavesPage?: boolean;
} = {}) {
  const fallback = useErrorText();
  const sentence = describe ?? fallback;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A ref, not `pending`: two presses in one frame both see the state of before.
  const running = useRef(false);

  const run = async (action: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    setPending(true);
    setError(null);
    try {
      await action();
      if (leavesPage) return;
    } catch (failure) {
      const message = sentence(failure);
      if (onError) onError(message);
      else setError(message);
    }
    running.current = false;
    setPending(false);
  };

  return { pending, error, run, clearError: () => setError(null) };
}

"use client";

import { useApolloClient } from "@apollo/client/react";
import { useCallback, useRef } from "react";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { writeGuestStatus } from "./guest-progress-store";
import { errorMessage } from "./error-message";
import { ItemStateFragment, SetItemStatusMutation } from "./roadmap-operations";

interface ItemQueue {
  sending: boolean;
  /** The latest status clicked while a request was in flight. */
  queued: ItemStatus | null;
}

/**
 * Changes an item's status with instant feedback. Signed-in: an optimistic update
 * in Apollo's cache, then the mutation; a refused change is rolled back by Apollo
 * and reported through `onError`. Requests for one item go one at a time and
 * only the latest click is sent after the one in flight, so however fast the
 * clicks come, the last one wins both on screen and in the database.
 * Guests: the browser's storage, no server.
 */
export function useStatusWriter(options: {
  mode: "learner" | "guest";
  roadmapId: string;
  titleOf: (itemId: string) => string;
  onError: (message: string) => void;
}) {
  const client = useApolloClient();
  const queues = useRef(new Map<string, ItemQueue>());
  const { mode, roadmapId, titleOf, onError } = options;

  const showLocally = useCallback(
    (itemId: string, status: ItemStatus, optimisticId?: string) => {
      const write = (cache: typeof client.cache) =>
        cache.updateFragment(
          { fragment: ItemStateFragment, id: cache.identify({ __typename: "Item", id: itemId }) },
          (data) => (data ? { ...data, status } : data),
        );
      if (optimisticId) client.cache.recordOptimisticTransaction(write, optimisticId);
      else write(client.cache);
    },
    [client],
  );

  const send = useCallback(
    async (itemId: string, status: ItemStatus): Promise<void> => {
      const queue = queues.current.get(itemId)!;
      queue.sending = true;
      try {
        await client.mutate({
          mutation: SetItemStatusMutation,
          variables: { input: { itemId, status } },
          optimisticResponse: {
            __typename: "Mutation",
            setItemStatus: { __typename: "Item", id: itemId, status, statusUpdatedAt: new Date().toISOString() },
          },
        });
      } catch (error) {
        if (queue.queued === null) onError(`Could not save “${titleOf(itemId)}”: ${errorMessage(error)}`);
      } finally {
        queue.sending = false;
      }
      const next = queue.queued;
      if (next !== null) {
        queue.queued = null;
        const pendingLayer = `pending:${itemId}`;
        client.cache.removeOptimistic(pendingLayer);
        await send(itemId, next);
      }
    },
    [client, onError, titleOf],
  );

  return useCallback(
    (itemId: string, status: ItemStatus) => {
      if (mode === "guest") {
        writeGuestStatus(itemId, roadmapId, status);
        showLocally(itemId, status);
        return;
      }
      const queue = queues.current.get(itemId) ?? { sending: false, queued: null };
      queues.current.set(itemId, queue);
      if (queue.sending) {
        queue.queued = status;
        // Shown at once, above the in-flight request's optimistic layer.
        const pendingLayer = `pending:${itemId}`;
        client.cache.removeOptimistic(pendingLayer);
        showLocally(itemId, status, pendingLayer);
        return;
      }
      void send(itemId, status);
    },
    [mode, roadmapId, client, send, showLocally],
  );
}

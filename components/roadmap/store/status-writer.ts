import type { ApolloClient } from "@apollo/client";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { ItemStateFragment, SetItemStatusMutation } from "../roadmap-operations";

interface ItemQueue {
  sending: boolean;
  /** The latest status clicked while a request was in flight. */
  queued: ItemStatus | null;
}

/**
 * Status changes with instant feedback: an optimistic update in Apollo's cache,
 * then the mutation; a refused change is rolled back by Apollo and reported.
 * Requests for one item go one at a time and only the latest click is sent after
 * the one in flight, so however fast the clicks come, the last one wins both on
 * screen and in the database. Once no request is left in flight, `onSettled`
 * says so (the page's other figures then catch up with the statuses).
 */
export function createStatusWriter(
  client: ApolloClient,
  options: { onError: (itemId: string, error: unknown) => void; onSettled?: () => void },
) {
  const queues = new Map<string, ItemQueue>();

  const showPending = (itemId: string, status: ItemStatus) => {
    const layer = `pending:${itemId}`;
    client.cache.removeOptimistic(layer);
    client.cache.recordOptimisticTransaction(
      (cache) =>
        cache.updateFragment(
          { fragment: ItemStateFragment, id: cache.identify({ __typename: "Item", id: itemId }) },
          (data) => (data ? { ...data, status } : data),
        ),
      layer,
    );
  };

  const send = async (itemId: string, status: ItemStatus): Promise<void> => {
    const queue = queues.get(itemId)!;
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
      // A newer click is already waiting: it is the one that matters.
      if (queue.queued === null) options.onError(itemId, error);
    } finally {
      queue.sending = false;
    }
    const next = queue.queued;
    if (next !== null) {
      queue.queued = null;
      client.cache.removeOptimistic(`pending:${itemId}`);
      await send(itemId, next);
    } else if ([...queues.values()].every((other) => !other.sending)) {
      options.onSettled?.();
    }
  };

  const setStatus = (itemId: string, status: ItemStatus) => {
    const queue = queues.get(itemId) ?? { sending: false, queued: null };
    queues.set(itemId, queue);
    if (queue.sending) {
      queue.queued = status;
      // Shown at once, above the in-flight request's optimistic layer.
      showPending(itemId, status);
      return;
    }
    void send(itemId, status);
  };
  /** Items with a request in flight. */
  setStatus.busyItems = () => new Set([...queues].filter(([, queue]) => queue.sending).map(([itemId]) => itemId));
  return setStatus;
}

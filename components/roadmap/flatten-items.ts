import type { ItemView } from "@/shared/roadmap-view";

/** Items and their descendants in reading order. */
export function flattenItems(items: ItemView[]): ItemView[] {
  return items.flatMap((item) => [item, ...flattenItems(item.children)]);
}

import { useEffect, type RefObject } from "react";
import { isFiltering, type Filters } from "../filter-items";

/** Room between the sticky toolbar and the item brought up under it. */
const GAP_PX = 8;

/**
 * When the learner searches or filters from further down the page, the first
 * item shown (a match, or the item above a match that it sits under) may be
 * above the screen, or below it: this scrolls it into view just under the
 * sticky toolbar, with its section's heading when both fit. Only a change of
 * the filters does it (not a tick that hides an item under "Hide done"), and
 * it never moves focus: the learner keeps typing in the search box.
 */
export function useRevealFirstMatch(root: RefObject<HTMLElement | null>, filters: Filters) {
  useEffect(() => {
    if (!isFiltering(filters) || !root.current) return;
    const toolbar = root.current.querySelector<HTMLElement>('[role="search"]');
    const first = [...root.current.querySelectorAll<HTMLElement>("li[data-item-id]")].find(
      (row) => row.closest("[hidden]") === null,
    );
    if (!toolbar || !first) return;
    const row = first.getBoundingClientRect();
    if (row.top >= toolbar.getBoundingClientRect().bottom && row.bottom <= window.innerHeight) return;
    // Once scrolled, the toolbar sticks to the top of the screen: the room under it is what is left.
    const under = toolbar.offsetHeight + GAP_PX;
    const sectionTop = first.closest("section")?.getBoundingClientRect().top;
    const fitsWithHeading = sectionTop !== undefined && row.bottom - sectionTop <= window.innerHeight - under;
    window.scrollBy({ top: (fitsWithHeading ? sectionTop : row.top) - under, behavior: "instant" });
  }, [root, filters]);
}

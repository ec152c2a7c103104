"use client";

import { useEffect, type RefObject } from "react";

/**
 * GraphiQL's operation tabs are a role="tablist" of <li role="tab"> elements,
 * each holding two buttons (select, close): interactive controls nested in tabs,
 * and non-tabs inside a tablist, which assistive technology cannot operate (axe:
 * nested-interactive, aria-required-children). Until GraphiQL fixes its markup,
 * this turns the strip into a toolbar of plain buttons, the selected one marked
 * with aria-current, and re-applies it whenever GraphiQL redraws its tabs.
 */
export function useAccessibleTabs(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    const fix = () => {
      for (const list of container.querySelectorAll<HTMLElement>('ul.graphiql-tabs[role="tablist"]')) {
        list.setAttribute("role", "toolbar");
      }
      for (const item of container.querySelectorAll<HTMLElement>("li.graphiql-tab")) {
        if (item.getAttribute("role") !== "presentation") item.setAttribute("role", "presentation");
        // React re-sets aria-selected when the selection changes: carry it over each time.
        if (!item.hasAttribute("aria-selected")) continue;
        const selected = item.getAttribute("aria-selected") === "true";
        item.removeAttribute("aria-selected");
        const button = item.querySelector<HTMLElement>(".graphiql-tab-button");
        if (selected) button?.setAttribute("aria-current", "true");
        else button?.removeAttribute("aria-current");
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(container, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-selected", "role"],
    });
    return () => observer.disconnect();
  }, [root]);
}

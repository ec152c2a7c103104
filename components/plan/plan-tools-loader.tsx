"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useSyncExternalStore, type ComponentProps, type ComponentType } from "react";

/*
 * The roadmap page's planning tools (the goals form, the badge's copy buttons,
 * the calendar download) sit folded away under <details>; their code loads in
 * chunks of its own once the page runs, so the page's first-load JavaScript
 * stays what it was before them. React.lazy rather than next/dynamic, whose
 * loader machinery would itself weigh on the first load.
 */

const noSubscription = () => () => {};

function Loading() {
  const t = useTranslations("RoadmapPlan");
  return <p className="text-sm text-slate-600 dark:text-slate-400">{t("loading")}</p>;
}

function lazyTool<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Tool = lazy(async () => ({ default: await load() }));
  return function LazyTool(props: Props) {
    // Rendered in the browser only: on the server (and while hydrating) the placeholder.
    const inBrowser = useSyncExternalStore(
      noSubscription,
      () => true,
      () => false,
    );
    if (!inBrowser) return <Loading />;
    return (
      <Suspense fallback={<Loading />}>
        <Tool {...(props as ComponentProps<typeof Tool>)} />
      </Suspense>
    );
  };
}

export const GoalFormLoader = lazyTool(() => import("./goal-form").then((module) => module.GoalForm));

export const CopyBadgeMarkdownLoader = lazyTool(() =>
  import("../share/copy-badge-markdown").then((module) => module.CopyBadgeMarkdown),
);

export const CalendarDownloadLoader = lazyTool(() =>
  import("../share/calendar-download").then((module) => module.CalendarDownload),
);

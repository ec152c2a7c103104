"use client";

import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import dynamic from "next/dynamic";
import type { GraphiqlEditorProps } from "./graphiql-editor";

// GraphiQL and Monaco need the browser (window, Web Workers) and weigh several
// megabytes, so they are loaded on the client only, in a chunk of their own
// that no other page references. The server renders the placeholder.
const GraphiqlEditor = dynamic(() => import("./graphiql-editor").then((loaded) => loaded.GraphiqlEditor), {
  ssr: false,
  loading: () => <PlaygroundLoading />,
});

function PlaygroundLoading() {
  const t = useTranslations("Playground");
  return (
    <div className="flex h-full items-center justify-center text-sm text-slate-600 dark:text-slate-400" role="status">
      {t("loading")}
    </div>
  );
}

/**
 * The playground, full width below the site header. The outer box stays in the
 * page flow (cancelling main's vertical padding) to reserve the height; the
 * inner box is positioned against the viewport's initial containing block
 * (nothing above it is positioned), so it spans the whole window width without
 * 100vw, which would include the scrollbar and cause horizontal scrolling.
 */
export function GraphqlPlayground() {
  const { resolvedTheme } = useTheme();
  // Before next-themes knows the choice, let GraphiQL read prefers-color-scheme
  // itself, as the site does.
  const theme: GraphiqlEditorProps["theme"] =
    resolvedTheme === "dark" || resolvedTheme === "light" ? resolvedTheme : "system";
  return (
    <div className="-my-6 h-[calc(100dvh-3.3125rem)] min-h-[28rem]">
      <div className="absolute inset-x-0 h-[calc(100dvh-3.3125rem)] min-h-[28rem] border-b border-slate-200 dark:border-slate-800">
        <GraphiqlEditor theme={theme} />
      </div>
    </div>
  );
}

"use client";

// Monaco runs its language services in web workers. This module (shipped by
// GraphiQL for webpack and Turbopack) points Monaco at worker files referenced
// with new Worker(new URL(..., import.meta.url)), which the bundler emits as
// chunks of our own build: no CDN, so the playground works offline.
import "graphiql/setup-workers/webpack";
// Stylesheets are imported here, not in the page, so they ship with this lazily
// loaded chunk and never with any other page. They are GraphiQL's parts rather
// than graphiql/style.css, which adds a second copy of Monaco's CSS (monaco-editor
// already imports its own) and the Roboto web font: about 350 kB gzipped against
// about 80 kB. The UI uses the site's font instead (graphql-playground.css).
// Fira Code stays: the editors are configured for it with no fallback font.
import "@graphiql/react/style.css";
import "@graphiql/react/font/fira-code.css";
import "@graphiql/plugin-doc-explorer/style.css";
import "@graphiql/plugin-history/style.css";
import "graphiql/graphiql.css";
import "./graphql-playground.css";
import { GraphiQL } from "graphiql";
import { useRef } from "react";
import { EXAMPLE_OPERATIONS } from "./example-operations";
import { playgroundFetcher } from "./playground-fetcher";
import { useAccessibleTabs } from "./use-accessible-tabs";
import { WrapLongLines } from "./wrap-long-lines";

// GraphiQL copies the tab definitions into its own state; a module-level array
// keeps the prop stable across renders.
const DEFAULT_TABS = EXAMPLE_OPERATIONS.map((operation) => ({ ...operation }));

export interface GraphiqlEditorProps {
  /** The site's resolved colour theme; GraphiQL follows it instead of keeping its own. */
  theme: "light" | "dark" | "system";
}

/**
 * GraphiQL wired to Waymark's API. It touches window, document and Web Workers
 * as soon as it renders, so graphql-playground.tsx loads it in the browser only.
 */
export function GraphiqlEditor({ theme }: GraphiqlEditorProps) {
  const root = useRef<HTMLDivElement>(null);
  useAccessibleTabs(root);
  return (
    <div ref={root} className="contents">
      <GraphiQL
        // Scopes the rules in graphql-playground.css to this instance.
        className="waymark-playground"
        fetcher={playgroundFetcher}
        defaultTabs={DEFAULT_TABS}
        // forcedTheme also hides GraphiQL's own theme switch, so the site's toggle
        // in the header is the only one.
        forcedTheme={theme}
        isHeadersEditorEnabled
        // Tokens typed into the Headers tab stay out of localStorage unless the
        // user opts in from the settings dialog.
        shouldPersistHeaders={false}
        showPersistHeadersSettings
      >
        <GraphiQL.Logo>
          Waymark API
          <WrapLongLines />
        </GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}

"use client";

import { useGraphiQL } from "@graphiql/react";
import { useEffect } from "react";

/**
 * Soft-wraps the operation editor's lines at its right edge. GraphiQL creates the
 * editor without word wrap, so on a phone (or in a narrow pane) the welcome
 * comments, the first text a visitor reads, ran past the edge. Renders nothing;
 * it sits inside GraphiQL, where its store is reachable.
 */
export function WrapLongLines() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  useEffect(() => {
    queryEditor?.updateOptions({ wordWrap: "on", wrappingIndent: "same" });
  }, [queryEditor]);
  return null;
}

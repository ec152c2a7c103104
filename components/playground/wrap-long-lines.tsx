"use client";

import { useGraphiQL } from "@graphiql/react";
import { useEffect } from "react";

/**
 * Soft-wraps the operation editor's lines at its right edge (and, on a phone,
 * drops the line numbers to give the text their room). GraphiQL creates the
 * editor without word wrap, so on a phone (or in a narrow pane) the welcome
 * comments, the first text a visitor reads, ran past the edge. Renders nothing;
 * it sits inside GraphiQL, where its store is reachable.
 */
export function WrapLongLines() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  useEffect(() => {
    // On a phone the line numbers and the folding gutter take a fifth of the width.
    const narrow = window.matchMedia("(width < 40rem)").matches;
    queryEditor?.updateOptions({
      wordWrap: "on",
      wrappingIndent: "same",
      ...(narrow && { lineNumbers: "off", folding: false, lineDecorationsWidth: 4 }),
    });
  }, [queryEditor]);
  return null;
}

"use client";

import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useEffect, useState } from "react";
import type { SaveRoadmapMutation as SaveResult } from "@/graphql/generated/client/graphql";
import { errorMessage } from "../apollo/error-message";
import { writeClient } from "../apollo/write-client";
import { SaveRoadmapMutation } from "../own-roadmaps/own-roadmap-operations";

export type SavePayload = SaveResult["saveRoadmap"];

export type Preview =
  | { state: "idle" }
  | { state: "loading"; markdown: string }
  | { state: "ready"; markdown: string; payload: SavePayload }
  | { state: "error"; markdown: string; message: string };

const DELAY_MS = 700;

/**
 * What saving `markdown` would do, asked of the server with a dry run (it alone
 * knows the stored items and how many learners each change touches), a moment
 * after the learner stops typing, and only once the file reads without problems.
 */
export function useSavePreview(roadmapId: string | null, markdown: string, readable: boolean): Preview {
  const [preview, setPreview] = useState<Preview>({ state: "idle" });
  useEffect(() => {
    if (!readable) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setPreview({ state: "loading", markdown });
      try {
        const client = await writeClient();
        const { data } = await client.mutate({
          mutation: SaveRoadmapMutation,
          variables: { input: { roadmapId, markdown, dryRun: true } },
        });
        if (!cancelled && data) setPreview({ state: "ready", markdown, payload: data.saveRoadmap });
      } catch (error) {
        if (!cancelled) setPreview({ state: "error", markdown, message: describe(error) });
      }
    }, DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [roadmapId, markdown, readable]);
  return preview;
}

/** The server's problems, line by line, when it refuses the file; otherwise a sentence. */
export function describe(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const problems = error.errors[0]?.extensions?.problems as { line: number; message: string }[] | undefined;
    if (problems?.length) return problems.map((problem) => `Line ${problem.line}: ${problem.message}`).join("\n");
  }
  return errorMessage(error);
}

"use client";

import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useEffect, useState } from "react";
import type { SaveRoadmapMutation as SaveResult } from "@/graphql/generated/client/graphql";
import { errorMessage } from "../apollo/error-message";
import { apolloClient } from "../apollo/apollo-client";
import { SaveRoadmapMutation } from "../own-roadmaps/own-roadmap-operations";

export type SavePayload = SaveResult["saveRoadmap"];

/** What a preview was asked about: the markdown, and the items the author said are new (not renames). */
export interface PreviewRequest {
  markdown: string;
  notRenamed: readonly string[];
}

export type Preview =
  | { state: "idle" }
  | { state: "loading"; request: PreviewRequest }
  | { state: "ready"; request: PreviewRequest; payload: SavePayload }
  | { state: "error"; request: PreviewRequest; message: string };

const DELAY_MS = 700;

/** Whether a preview answers `request` (and not an earlier text or choice). */
export function answers(preview: Preview, request: PreviewRequest): boolean {
  return (
    preview.state !== "idle" &&
    preview.request.markdown === request.markdown &&
    preview.request.notRenamed.join("\n") === request.notRenamed.join("\n")
  );
}

/**
 * What saving `markdown` would do, asked of the server with a dry run (it alone
 * knows the stored items, which of them were reworded, and how many learners
 * each change touches), a moment after the learner stops typing, and only once
 * the file reads without problems. The save sends the same input, so it does
 * what the preview said.
 */
export function useSavePreview(roadmapId: string | null, request: PreviewRequest, readable: boolean): Preview {
  const [preview, setPreview] = useState<Preview>({ state: "idle" });
  const { markdown } = request;
  const notRenamed = request.notRenamed.join("\n");
  useEffect(() => {
    if (!readable) return;
    let cancelled = false;
    const asked: PreviewRequest = { markdown, notRenamed: notRenamed ? notRenamed.split("\n") : [] };
    const timer = setTimeout(async () => {
      setPreview({ state: "loading", request: asked });
      try {
        const client = await apolloClient();
        const { data } = await client.mutate({
          mutation: SaveRoadmapMutation,
          variables: { input: { roadmapId, markdown, notRenamed: [...asked.notRenamed], dryRun: true } },
        });
        if (!cancelled && data) setPreview({ state: "ready", request: asked, payload: data.saveRoadmap });
      } catch (error) {
        if (!cancelled) setPreview({ state: "error", request: asked, message: describe(error) });
      }
    }, DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [roadmapId, markdown, notRenamed, readable]);
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

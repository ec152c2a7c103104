"use client";

import { useEffect, useState } from "react";
import type { SaveRoadmapMutation as SaveResult } from "@/graphql/generated/client/graphql";
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
export function useSavePreview(
  roadmapId: string | null,
  request: PreviewRequest,
  readable: boolean,
  /** The sentence for a refusal (the save's: useRoadmapErrorText). */
  describe: (failure: unknown) => string,
): Preview {
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
    // describe is a new function every render, with the same sentences: not a reason to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roadmapId, markdown, notRenamed, readable]);
  return preview;
}

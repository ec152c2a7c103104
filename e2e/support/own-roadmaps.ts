import type { Viewer } from "../../server/services/viewer";
import { execute, type OperationResult } from "./graphql-operations";

/*
 * Shared by the integration tests of learners' roadmaps: save one through the
 * API as its owner would, and the operations every test reads with.
 */

export const SAVE = /* GraphQL */ `
  mutation Save($input: SaveRoadmapInput!) {
    saveRoadmap(input: $input) {
      roadmap {
        id
        slug
        title
        visibility
        owner
        itemCount
        path
      }
      created
      dryRun
      added
      moved
      renamed
      retired
      learnersAffected
      restoredStatuses
      changes {
        kind
        key
        title
        previousTitle
        line
        learners
      }
    }
  }
`;

export interface SavePayload {
  roadmap: {
    id: string;
    slug: string;
    title: string;
    visibility: string;
    owner: string | null;
    itemCount: number;
    path: string;
  } | null;
  created: boolean;
  dryRun: boolean;
  added: number;
  moved: number;
  renamed: number;
  retired: number;
  learnersAffected: number;
  restoredStatuses: number;
  changes: {
    kind: string;
    key: string;
    title: string;
    previousTitle: string | null;
    line: number | null;
    learners: number;
  }[];
}

export async function saveRoadmapAs(
  viewer: Viewer | null,
  input: Record<string, unknown>,
): Promise<OperationResult<{ saveRoadmap: SavePayload }>> {
  return execute<{ saveRoadmap: SavePayload }>(SAVE, { input }, viewer);
}

/** Saves and returns the payload, failing the test with the errors when the save is refused. */
export async function savedRoadmap(viewer: Viewer, input: Record<string, unknown>): Promise<SavePayload> {
  const result = await saveRoadmapAs(viewer, input);
  if (!result.data?.saveRoadmap) throw new Error(`save refused: ${JSON.stringify(result.errors)}`);
  return result.data.saveRoadmap;
}

/** Item ids by key, for a roadmap the viewer may see. */
export async function itemIdsByKey(viewer: Viewer | null, slug: string): Promise<Map<string, string>> {
  const result = await execute<{ roadmap: { items: { id: string; key: string }[] } | null }>(
    `query($slug: String!) { roadmap(slug: $slug) { items { id key } } }`,
    { slug },
    viewer,
  );
  return new Map((result.data?.roadmap?.items ?? []).map((item) => [item.key, item.id]));
}

export const SET_STATUS = `mutation($id: ID!, $status: ItemStatus!) { setItemStatus(input: { itemId: $id, status: $status }) { status } }`;
export const SET_NOTE = `mutation($id: ID!, $note: String) { setItemNote(input: { itemId: $id, note: $note }) { note } }`;

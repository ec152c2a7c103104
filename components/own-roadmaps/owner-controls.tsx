"use client";

import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import type { RoadmapVisibility } from "@/graphql/generated/client/graphql";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";
import { DeleteRoadmapMutation, SetRoadmapVisibilityMutation } from "./own-roadmap-operations";
import { VISIBILITY_OPTIONS, visibilityAnnouncement } from "./visibility-options";

/**
 * What only a roadmap's owner sees: who may see it, and deleting it. Publishing
 * (listing it on Explore) and deleting ask first; every change is announced.
 */
export function OwnerControls({
  roadmapId,
  title,
  visibility,
}: {
  roadmapId: string;
  title: string;
  visibility: RoadmapVisibility;
}) {
  const router = useRouter();
  const announce = useAnnounce();
  const deleteDialog = useRef<HTMLDialogElement>(null);
  const publishDialog = useRef<HTMLDialogElement>(null);
  const { pending, error, run } = useMutationAction();
  const selectId = useId();

  const changeVisibility = (next: RoadmapVisibility) =>
    run(async () => {
      const client = await apolloClient();
      await client.mutate({
        mutation: SetRoadmapVisibilityMutation,
        variables: { input: { roadmapId, visibility: next } },
      });
      publishDialog.current?.close();
      announce(visibilityAnnouncement(title, next));
      router.refresh();
    });
  const remove = () =>
    run(async () => {
      const client = await apolloClient();
      await client.mutate({ mutation: DeleteRoadmapMutation, variables: { input: { roadmapId } } });
      deleteDialog.current?.close();
      announce(`Deleted “${title}”.`, { afterNavigation: true });
      router.push("/roadmaps/mine");
    });

  return (
    <>
      <label htmlFor={selectId} className="sr-only">
        Who can see {title}
      </label>
      <select
        id={selectId}
        value={visibility}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value as RoadmapVisibility;
          // Listing it for everyone asks first; the menu shows the current choice until then.
          if (next === "PUBLIC") publishDialog.current?.showModal();
          else void changeVisibility(next);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-950"
      >
        {VISIBILITY_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Button variant="danger-secondary" size="bar" onClick={() => deleteDialog.current?.showModal()}>
        Delete
      </Button>
      <ActionError message={error} className="w-full text-sm" />
      <ConfirmDialog
        dialogRef={publishDialog}
        title={`Publish ${title} on Explore?`}
        confirmLabel="Publish"
        pendingLabel="Publishing…"
        pending={pending}
        tone="primary"
        onConfirm={() => changeVisibility("PUBLIC")}
      >
        <p className="mt-2 text-sm">
          Anyone, signed in or not, can then find it on Explore, open it, tick it and fork it. Forks stay theirs if you
          make it private again later; your own statuses and notes are never shown.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        dialogRef={deleteDialog}
        title={`Delete ${title}?`}
        confirmLabel="Delete roadmap"
        pendingLabel="Deleting…"
        pending={pending}
        tone="danger"
        onConfirm={remove}
      >
        <p className="mt-2 text-sm">
          The roadmap goes, with everyone&apos;s statuses, history and notes on it. Forks others made stay theirs.
          Export it first if you want to keep a copy.
        </p>
      </ConfirmDialog>
    </>
  );
}

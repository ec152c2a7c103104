"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import type { RoadmapVisibility } from "@/graphql/generated/client/graphql";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";
import { DeleteRoadmapMutation, SetRoadmapVisibilityMutation } from "./own-roadmap-operations";
import { useRoadmapErrorText } from "./use-roadmap-error-text";
import { VISIBILITY_OPTIONS } from "./visibility-options";

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
  const t = useTranslations("OwnerControls");
  const visibilityText = useTranslations("Visibility");
  const router = useRouter();
  const announce = useAnnounce();
  const deleteDialog = useRef<HTMLDialogElement>(null);
  const publishDialog = useRef<HTMLDialogElement>(null);
  // One action at a time: the one under way says which refusal a failure is.
  const action = useRef<"visibility" | "delete">("visibility");
  const describeVisibility = useRoadmapErrorText({ action: "visibility", roadmapId });
  const describeDelete = useRoadmapErrorText({ action: "delete", roadmapId });
  const { pending, error, run } = useMutationAction({
    describe: (failure) => (action.current === "delete" ? describeDelete : describeVisibility)(failure),
  });
  const selectId = useId();

  const changeVisibility = (next: RoadmapVisibility) =>
    run(async () => {
      action.current = "visibility";
      const client = await apolloClient();
      await client.mutate({
        mutation: SetRoadmapVisibilityMutation,
        variables: { input: { roadmapId, visibility: next } },
      });
      publishDialog.current?.close();
      announce(visibilityText(`announce${next}`, { title }));
      router.refresh();
    });
  const remove = () =>
    run(async () => {
      action.current = "delete";
      const client = await apolloClient();
      await client.mutate({ mutation: DeleteRoadmapMutation, variables: { input: { roadmapId } } });
      deleteDialog.current?.close();
      announce(t("deleted", { title }), { afterNavigation: true });
      router.push("/roadmaps/mine");
    });

  return (
    <>
      <label htmlFor={selectId} className="sr-only">
        {t("whoCanSee", { title })}
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
          <option key={option} value={option}>
            {visibilityText(option)}
          </option>
        ))}
      </select>
      <Button variant="danger-secondary" size="bar" onClick={() => deleteDialog.current?.showModal()}>
        {t("delete")}
      </Button>
      <ActionError message={error} className="w-full text-sm" />
      <ConfirmDialog
        dialogRef={publishDialog}
        title={t("publishTitle", { title })}
        confirmLabel={t("publish")}
        pendingLabel={t("publishing")}
        pending={pending}
        tone="primary"
        onConfirm={() => changeVisibility("PUBLIC")}
      >
        <p className="mt-2 text-sm">{t("publishBody")}</p>
      </ConfirmDialog>
      <ConfirmDialog
        dialogRef={deleteDialog}
        title={t("deleteTitle", { title })}
        confirmLabel={t("deleteConfirm")}
        pendingLabel={t("deleting")}
        pending={pending}
        tone="danger"
        onConfirm={remove}
      >
        <p className="mt-2 text-sm">{t("deleteBody")}</p>
      </ConfirmDialog>
    </>
  );
}

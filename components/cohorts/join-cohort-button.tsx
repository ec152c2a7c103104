"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { useMutationAction } from "../ui/use-mutation-action";
import { JoinCohortMutation } from "./cohort-operations";

/** Joins with the invite the page was opened with, then opens the cohort. */
export function JoinCohortButton({ invite, name }: { invite: string; name: string }) {
  const router = useRouter();
  const t = useTranslations("JoinCohort");
  const announce = useAnnounce();
  const { pending, error, run } = useMutationAction({ leavesPage: true });
  const join = () =>
    run(async () => {
      const client = await apolloClient();
      const { data } = await client.mutate({ mutation: JoinCohortMutation, variables: { input: { invite } } });
      if (!data) throw new Error(t("refused"));
      announce(t("joined", { name }), { afterNavigation: true });
      router.push(`/cohorts/${data.joinCohort.id}`);
    });
  return (
    <div className="space-y-2">
      <Button variant="primary" onClick={join} pending={pending} pendingLabel={t("joining")}>
        {t("title", { name })}
      </Button>
      <ActionError message={error} />
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { useMutationAction } from "../ui/use-mutation-action";
import { JoinCohortMutation } from "./cohort-operations";

/** Joins with the invite the page was opened with, then opens the cohort. */
export function JoinCohortButton({ invite, name }: { invite: string; name: string }) {
  const router = useRouter();
  const announce = useAnnounce();
  const { pending, error, run } = useMutationAction({ leavesPage: true });
  const join = () =>
    run(async () => {
      const client = await apolloClient();
      const { data } = await client.mutate({ mutation: JoinCohortMutation, variables: { input: { invite } } });
      if (!data) throw new Error("The server refused the change.");
      announce(`You joined “${name}”.`, { afterNavigation: true });
      router.push(`/cohorts/${data.joinCohort.id}`);
    });
  return (
    <div className="space-y-2">
      <Button variant="primary" onClick={join} pending={pending} pendingLabel="Joining…">
        Join {name}
      </Button>
      <ActionError message={error} />
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { Button } from "../ui/button";
import { useMutationAction } from "../ui/use-mutation-action";
import { RevokeApiTokenMutation } from "./token-operations";

/** Revokes one token through the API, then shows the list without it. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const t = useTranslations("Tokens");
  const { pending, error, run } = useMutationAction();
  const revoke = () =>
    run(async () => {
      const client = await apolloClient();
      await client.mutate({ mutation: RevokeApiTokenMutation, variables: { input: { id } } });
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="danger-secondary" size="bar" onClick={revoke} pending={pending}>
        {pending ? t("revoking") : t("revoke")}
        <span className="sr-only"> {name}</span>
      </Button>
      <ActionError message={error} className="text-xs" />
    </div>
  );
}

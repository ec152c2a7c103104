"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apolloClient } from "../apollo/apollo-client";
import { DeleteAccountMutation } from "../own-roadmaps/own-roadmap-operations";
import { fieldClass } from "../ui/field-class";
import { FormFooter } from "../ui/form-footer";
import { useMutationAction } from "../ui/use-mutation-action";

/**
 * Deletes the account once the learner has typed their login. Every session
 * ends with it, this one included, so the page then goes home signed out.
 */
export function DeleteAccountForm({ login }: { login: string }) {
  const router = useRouter();
  const t = useTranslations("DeleteAccount");
  const [typed, setTyped] = useState("");
  const { pending, error, run } = useMutationAction({ leavesPage: true });
  const matches = typed.trim().toLowerCase() === login.toLowerCase();

  const remove = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const client = await apolloClient();
      await client.mutate({ mutation: DeleteAccountMutation, variables: { input: { login: typed.trim() } } });
      // The header and every page rendered for the account must forget it.
      router.replace("/");
      router.refresh();
    });
  };

  return (
    <form onSubmit={remove} className="space-y-3">
      <div>
        <label htmlFor="confirm-login" className="block text-sm font-medium">
          {t.rich("confirmLabel", { login, strong: (chunks) => <strong dir="ltr">{chunks}</strong> })}
        </label>
        <input
          id="confirm-login"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className={fieldClass("mt-1 w-full max-w-sm")}
        />
      </div>
      <FormFooter
        variant="danger"
        label={t("submit")}
        pendingLabel={t("deleting")}
        pending={pending}
        disabled={!matches}
        error={error}
      />
    </form>
  );
}

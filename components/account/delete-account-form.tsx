"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "../apollo/error-message";
import { writeClient } from "../apollo/write-client";
import { DeleteAccountMutation } from "../own-roadmaps/own-roadmap-operations";

/**
 * Deletes the account once the learner has typed their login. Every session
 * ends with it, this one included, so the page then goes home signed out.
 */
export function DeleteAccountForm({ login }: { login: string }) {
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const matches = typed.trim().toLowerCase() === login.toLowerCase();

  const remove = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const client = await writeClient();
      await client.mutate({ mutation: DeleteAccountMutation, variables: { input: { login: typed.trim() } } });
      // The header and every page rendered for the account must forget it.
      router.replace("/");
      router.refresh();
    } catch (failure) {
      setError(errorMessage(failure));
      setPending(false);
    }
  };

  return (
    <form onSubmit={remove} className="space-y-3">
      <div>
        <label htmlFor="confirm-login" className="block text-sm font-medium">
          Type your login, <strong>{login}</strong>, to confirm
        </label>
        <input
          id="confirm-login"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="mt-1 w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950"
        />
      </div>
      <button
        type="submit"
        disabled={!matches || pending}
        className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-600 disabled:opacity-50"
      >
        {pending ? "Deleting…" : "Delete my account and everything in it"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}

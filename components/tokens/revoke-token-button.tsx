"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "../apollo/error-message";
import { writeClient } from "../apollo/write-client";
import { RevokeApiTokenMutation } from "./token-operations";

/** Revokes one token through the API, then shows the list without it. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    setPending(true);
    setError(null);
    try {
      const client = await writeClient();
      await client.mutate({ mutation: RevokeApiTokenMutation, variables: { input: { id } } });
      router.refresh();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={revoke}
        disabled={pending}
        className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
      >
        {pending ? "Revoking…" : "Revoke"}
        <span className="sr-only"> {name}</span>
      </button>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

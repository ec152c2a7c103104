"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import type { TokenScope } from "@/graphql/generated/client/graphql";
import { errorMessage } from "../apollo/error-message";
import { Card } from "../ui/card";
import { writeClient } from "../apollo/write-client";
import { CreateApiTokenMutation } from "./token-operations";

type CreateTokenState =
  { status: "idle" } | { status: "created"; token: string; name: string } | { status: "error"; message: string };

/** Creates a token and shows its secret this once, with a copy button. */
export function CreateTokenForm() {
  const router = useRouter();
  const create = async (_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> => {
    try {
      const client = await writeClient();
      const { data } = await client.mutate({
        mutation: CreateApiTokenMutation,
        variables: {
          input: { name: String(form.get("name") ?? ""), scopes: form.getAll("scopes") as TokenScope[] },
        },
      });
      if (!data) return { status: "error", message: "The server refused the change." };
      // The list of tokens is rendered on the server.
      router.refresh();
      return { status: "created", token: data.createApiToken.token, name: data.createApiToken.apiToken.name };
    } catch (error) {
      return { status: "error", message: errorMessage(error) };
    }
  };
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(create, { status: "idle" });
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      <Card as="form" action={action} className="space-y-3">
        <h2 className="text-lg font-semibold">New token</h2>
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={100}
            placeholder="e.g. my CLI"
            className="mt-1 w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950"
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Scopes</legend>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="scopes"
              value="READ_PROGRESS"
              defaultChecked
              className="h-4 w-4 accent-indigo-700"
            />
            Read progress (statuses, notes, history)
          </label>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="scopes" value="WRITE_PROGRESS" className="h-4 w-4 accent-indigo-700" />
            Write progress (change statuses and notes)
          </label>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-600 disabled:opacity-50"
        >
          {pending ? "Creating…" : "Create token"}
        </button>
        {state.status === "error" && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {state.message}
          </p>
        )}
      </Card>
      {state.status === "created" && (
        <div
          role="status"
          className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/50"
        >
          <p className="text-sm font-medium">Token “{state.name}” created. Copy it now: it will not be shown again.</p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              className="rounded bg-white px-2 py-1 font-mono text-sm break-all dark:bg-slate-900"
              data-testid="new-token"
            >
              {state.token}
            </code>
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard.writeText(state.token);
                setCopied(true);
              }}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-white dark:border-slate-600 dark:hover:bg-slate-900"
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <p className="text-xs text-slate-700 dark:text-slate-300">
            Use it as <code>Authorization: Bearer &lt;token&gt;</code> on <code>/api/graphql</code>.
          </p>
        </div>
      )}
    </div>
  );
}

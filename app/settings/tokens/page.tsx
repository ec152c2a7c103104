import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { listApiTokens } from "@/app/lib/services/tokens/list-api-tokens";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { revokeTokenAction } from "@/components/tokens/token-actions";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

const SCOPE_LABEL = { READ_PROGRESS: "read", WRITE_PROGRESS: "write" } as const;

function formatDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never";
}

export default async function TokensPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/settings/tokens");
  const tokens = await listApiTokens(viewer);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Personal access tokens</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">
          Tokens let scripts and other apps use the GraphQL API as you. Give each a name and only the scopes it needs;
          revoke it when you no longer use it. Waymark stores only a hash of each token.
        </p>
      </header>
      <CreateTokenForm />
      <section aria-labelledby="tokens-heading" className="space-y-2">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Active tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No tokens yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {tokens.map((token) => (
              <li
                key={token.id}
                className="flex flex-wrap items-center justify-between gap-3 p-3"
                data-testid="token-row"
              >
                <div className="min-w-0">
                  <p className="font-medium">{token.name}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    <code>{token.prefix}…</code> · {token.scopes.map((scope) => SCOPE_LABEL[scope]).join(", ")} ·
                    created {formatDate(token.createdAt)} · last used {formatDate(token.lastUsedAt)}
                  </p>
                </div>
                <form action={revokeTokenAction}>
                  <input type="hidden" name="id" value={token.id} />
                  <button
                    type="submit"
                    className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
                  >
                    Revoke<span className="sr-only"> {token.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

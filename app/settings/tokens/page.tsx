import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { listApiTokens } from "@/server/services/tokens/list-api-tokens";
import { formatTime } from "@/shared/format-date";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { tokenScopeLabel } from "@/shared/token-scopes";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenButton } from "@/components/tokens/revoke-token-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { SettingsNav } from "@/components/settings-nav";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/settings/tokens");
  const tokens = await listApiTokens(viewer);
  const timeZone = timeZoneFromCookie(await cookies());
  const when = (date: Date | null) => (date ? formatTime(date, { timeZone }) : "never");
  return (
    <div className="space-y-6">
      <SettingsNav current="/settings/tokens" />
      <PageTitle description="Tokens let scripts and other apps use the GraphQL API as you. Give each a name and only the scopes it needs; revoke it when you no longer use it. Waymark stores only a hash of each token.">
        Personal access tokens
      </PageTitle>
      <CreateTokenForm />
      <section aria-labelledby="tokens-heading" className="space-y-2">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Active tokens
        </h2>
        {tokens.length === 0 ? (
          <EmptyState>No tokens yet.</EmptyState>
        ) : (
          <Card as="ul" padding="none" className="divide-y divide-slate-200 dark:divide-slate-800">
            {tokens.map((token) => (
              <li
                key={token.id}
                className="flex flex-wrap items-center justify-between gap-3 p-3"
                data-testid="token-row"
              >
                <div className="min-w-0">
                  <p className="font-medium">{token.name}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    <code>{token.prefix}…</code> · {token.scopes.map(tokenScopeLabel).join(", ")} · created{" "}
                    {when(token.createdAt)} · last used {when(token.lastUsedAt)}
                  </p>
                </div>
                <RevokeTokenButton id={token.id} name={token.name} />
              </li>
            ))}
          </Card>
        )}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { pageTranslations } from "@/server/i18n/server-translator";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { listApiTokens } from "@/server/services/tokens/list-api-tokens";
import { formatTime } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import type { Locale } from "@/shared/i18n/locales";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { tokenScopeLabel } from "@/shared/token-scopes";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenButton } from "@/components/tokens/revoke-token-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { SettingsNav } from "@/components/settings-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Metadata"))("tokens") };
}
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/settings/tokens");
  const [tokens, jar, t, locale] = await Promise.all([
    listApiTokens(viewer),
    cookies(),
    pageTranslations("Settings"),
    getLocale(),
  ]);
  const timeZone = timeZoneFromCookie(jar);
  const when = (date: Date | null) =>
    date ? formatTime(date, { timeZone, locale: dateLocale(locale as Locale) }) : t("never");
  return (
    <div className="space-y-6">
      <SettingsNav current="/settings/tokens" />
      <PageTitle description={t("tokensDescription")}>{t("tokensTitle")}</PageTitle>
      <CreateTokenForm />
      <section aria-labelledby="tokens-heading" className="space-y-2">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          {t("activeTokens")}
        </h2>
        {tokens.length === 0 ? (
          <EmptyState>{t("noTokens")}</EmptyState>
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
                    <code>{token.prefix}…</code> · {token.scopes.map(tokenScopeLabel).join(", ")} ·{" "}
                    {t("tokenDates", { created: when(token.createdAt), lastUsed: when(token.lastUsedAt) })}
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

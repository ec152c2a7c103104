import type { Metadata } from "next";
import { headers } from "next/headers";
import { pageTranslations } from "@/server/i18n/server-translator";
import { redirect } from "next/navigation";
import { currentSession } from "@/server/auth/viewer-from-request";
import { LOCALE_NAMES } from "@/shared/i18n/locales";
import { negotiateLocale } from "@/shared/i18n/negotiate-locale";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { SettingsNav } from "@/components/settings-nav";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Metadata"))("language") };
}
export const dynamic = "force-dynamic";

/** The interface language saved to the account, or "as the browser says". */
export default async function LanguageSettingsPage() {
  const [session, requestHeaders, t] = await Promise.all([currentSession(), headers(), pageTranslations("Settings")]);
  if (!session) redirect("/signin?callbackUrl=/settings/language");
  const browser = LOCALE_NAMES[negotiateLocale(requestHeaders.get("accept-language"))];
  return (
    <div className="space-y-6">
      <SettingsNav current="/settings/language" />
      <PageTitle description={t("languageDescription")}>{t("language")}</PageTitle>
      <Card className="space-y-2">
        <LocaleSwitcher variant="settings" signedIn chosen={session.user.locale} />
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("languageHint", { browser })}</p>
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import { pageTranslations } from "@/server/i18n/server-translator";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SettingsNav } from "@/components/settings-nav";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Metadata"))("data") };
}
export const dynamic = "force-dynamic";

/** Everything Waymark holds about the learner, as one download; and deleting all of it. */
export default async function YourDataPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/settings/data");
  const t = await pageTranslations("Settings");
  return (
    <div className="space-y-6">
      <PageTitle description={t("dataDescription")}>{t("data")}</PageTitle>
      <SettingsNav current="/settings/data" />
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("downloadHeading")}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("downloadText")}</p>
        <a href="/api/your-data" download className={buttonClass({ variant: "primary", className: "inline-block" })}>
          {t("downloadButton")}
        </a>
      </Card>
      <Card className="space-y-3 border-red-200 dark:border-red-900">
        <h2 className="text-lg font-semibold">{t("deleteHeading")}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("deleteText")}</p>
        {viewer.login ? <DeleteAccountForm login={viewer.login} /> : <p className="text-sm">{t("signInAgain")}</p>}
      </Card>
    </div>
  );
}

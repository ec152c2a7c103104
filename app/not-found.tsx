import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

/** Any address that leads nowhere: an unknown page, a roadmap that does not exist (or is not yours to see). */
export default function NotFound() {
  const t = useTranslations("NotFound");
  const link = "font-medium text-indigo-700 underline dark:text-indigo-300";
  return (
    <Card padding="lg" className="mx-auto max-w-xl space-y-4" data-testid="not-found">
      <PageTitle description={t("description")}>{t("title")}</PageTitle>
      <p>
        {t.rich("links", {
          roadmaps: (chunks) => (
            <Link href="/" className={link}>
              {chunks}
            </Link>
          ),
          dashboard: (chunks) => (
            <Link href="/dashboard" className={link}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </Card>
  );
}

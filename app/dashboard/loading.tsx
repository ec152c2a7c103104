import { useTranslations } from "next-intl";
import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeletons";
import { PageTitle } from "@/components/ui/page-title";

/** Shown the moment a visitor navigates to the dashboard, before the page's shell is ready. */
export default function DashboardLoading() {
  const t = useTranslations("Dashboard");
  return (
    <div className="space-y-8">
      <PageTitle>{t("title")}</PageTitle>
      <DashboardSkeleton />
    </div>
  );
}

"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function Reading() {
  const t = useTranslations("GuestDashboard");
  return <p className="text-sm text-slate-600 dark:text-slate-400">{t("reading")}</p>;
}

// A guest's progress exists only in the browser, so this part renders there, in
// its own chunk: the signed-in dashboard's JavaScript stays as it is.
export const GuestDashboardLoader = dynamic(() => import("./guest-dashboard").then((module) => module.GuestDashboard), {
  ssr: false,
  loading: () => <Reading />,
});

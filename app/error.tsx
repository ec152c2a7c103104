"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel } from "@/components/errors/error-panel";

/** A page that failed to render, inside the site's layout (and its language). */
export default function PageError(props: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPanel");
  const text = {
    title: t("title"),
    description: t("description"),
    tryAgain: t("tryAgain"),
    home: t("home"),
    reference: t("reference"),
  };
  return <ErrorPanel {...props} text={text} />;
}

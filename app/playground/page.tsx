import type { Metadata } from "next";
import { pageTranslations } from "@/server/i18n/server-translator";
import { GraphqlPlayground } from "@/components/playground/graphql-playground";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Playground"))("title") };
}

export default async function PlaygroundPage() {
  const t = await pageTranslations("Playground");
  return (
    <>
      {/* GraphiQL has no page heading of its own; screen reader users navigate by one. */}
      <h1 className="sr-only">{t("title")}</h1>
      <GraphqlPlayground />
    </>
  );
}

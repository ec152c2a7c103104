import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GraphqlPlayground } from "@/components/playground/graphql-playground";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Playground"))("title") };
}

export default async function PlaygroundPage() {
  const t = await getTranslations("Playground");
  return (
    <>
      {/* GraphiQL has no page heading of its own; screen reader users navigate by one. */}
      <h1 className="sr-only">{t("title")}</h1>
      <GraphqlPlayground />
    </>
  );
}

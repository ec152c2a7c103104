import type { Metadata } from "next";
import { slugOf } from "../../../roadmap-route";
import { TranslationsRoute, translationsMetadata } from "../../../translations-route";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return translationsMetadata(slugOf([(await params).slug]));
}

/** A built-in roadmap's translations (administrators). */
export default async function BuiltInRoadmapTranslationsPage({ params }: Props) {
  return <TranslationsRoute slug={slugOf([(await params).slug])} />;
}

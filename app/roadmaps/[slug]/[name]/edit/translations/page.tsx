import type { Metadata } from "next";
import { slugOf } from "../../../../roadmap-route";
import { TranslationsRoute, translationsMetadata } from "../../../../translations-route";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string; name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, name } = await params;
  return translationsMetadata(slugOf([slug, name]));
}

/** A learner's roadmap's translations: its owner only. */
export default async function LearnerRoadmapTranslationsPage({ params }: Props) {
  const { slug, name } = await params;
  return <TranslationsRoute slug={slugOf([slug, name])} />;
}

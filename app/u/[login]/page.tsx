import type { Metadata } from "next";
import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { badgePath, profilePath } from "@/server/services/profile/profile-login";
import { publicProfile } from "@/server/services/profile/public-profile";
import { ActivityHeatmap } from "@/components/dashboard/activity-heatmap";
import { StreakStats } from "@/components/dashboard/streak-stats";
import { BadgePreview } from "@/components/share/badge-preview";
import { CopyBadgeMarkdown } from "@/components/share/copy-badge-markdown";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CompletionBar } from "@/components/ui/completion-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ login: string }>;
}

// Metadata and page read the same profile: once per request.
const profileOf = cache((login: string) => publicProfile(decodeURIComponent(login)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [profile, t] = await Promise.all([profileOf((await params).login), pageTranslations("Profile")]);
  if (!profile) return { title: t("notFoundTitle"), robots: { index: false } };
  const title = `${profile.name ?? profile.login} (@${profile.login})`;
  const description = t("metaDescription", {
    list: profile.roadmaps
      .map((roadmap) => t("roadmapPercent", { title: roadmap.title, percent: roadmap.completion.percent }))
      .join(t("listSeparator")),
  });
  return { title, description, openGraph: { title, description }, twitter: { card: "summary_large_image" } };
}

/**
 * A learner's public profile: the same page for everyone (signed out, another
 * learner, the owner), with completion per chosen roadmap, the heatmap and
 * streaks; never notes. Not public: not found, except that the owner is told
 * how to turn it on. The login may be written in any case: the page answers
 * with a permanent redirect to the login as GitHub writes it, only to whoever
 * may see the page (otherwise the redirect would tell that the account exists).
 */
export default async function ProfilePage({ params }: Props) {
  const login = decodeURIComponent((await params).login);
  const [profile, viewer, t] = await Promise.all([
    profileOf((await params).login),
    sessionViewer(),
    pageTranslations("Profile"),
  ]);
  const own = !!viewer?.login && viewer.login.toLowerCase() === login.toLowerCase();
  const canonical = profile?.login ?? (own ? viewer!.login : null);
  if (canonical && canonical !== login) permanentRedirect(profilePath(canonical));
  if (!profile) {
    if (!own) notFound();
    return (
      <div className="space-y-6">
        <PageTitle>{t("privateTitle")}</PageTitle>
        <Notice
          action={
            <Link href="/settings/profile" className={buttonClass({ variant: "primary", className: "shrink-0" })}>
              {t("sharingSettings")}
            </Link>
          }
        >
          {t("privateText")}
        </Notice>
      </div>
    );
  }
  return (
    <div className="space-y-8" data-testid="public-profile">
      <header className="flex items-center gap-4">
        {profile.avatarUrl && (
          // A GitHub avatar: next/image would add nothing at this size.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={profile.avatarUrl} alt="" width={64} height={64} className="h-16 w-16 rounded-full" />
        )}
        <PageTitle description={t.rich("subtitle", { login: profile.login, bdi: (chunks) => <bdi>{chunks}</bdi> })}>
          {profile.name ?? profile.login}
        </PageTitle>
      </header>
      {own && (
        <Notice
          action={
            <Link
              href="/settings/profile"
              className="shrink-0 font-medium text-indigo-700 underline dark:text-indigo-300"
            >
              {t("changeWhatItShows")}
            </Link>
          }
        >
          {t("ownNotice")}
        </Notice>
      )}
      <StreakStats activity={profile.activity} />
      <section aria-labelledby="profile-roadmaps" className="space-y-3">
        <h2 id="profile-roadmaps" className="text-lg font-semibold">
          {t("roadmaps")}
        </h2>
        {profile.roadmaps.length === 0 ? (
          <EmptyState>{t("noRoadmaps")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {profile.roadmaps.map((roadmap) => (
              <li key={roadmap.id}>
                <Card as="article" aria-labelledby={`profile-${roadmap.slug}`} className="space-y-3">
                  <h3 id={`profile-${roadmap.slug}`} className="font-semibold">
                    <Link href={`/roadmaps/${roadmap.slug}`} className="hover:underline">
                      {roadmap.title}
                    </Link>
                  </h3>
                  <CompletionBar label={t("completion", { title: roadmap.title })} completion={roadmap.completion} />
                  <details className="text-sm">
                    <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">
                      {t("readmeBadge")}
                    </summary>
                    <div className="space-y-3 pt-3">
                      <BadgePreview badgePath={badgePath(profile.login, roadmap.slug)} title={roadmap.title} />
                      <CopyBadgeMarkdown
                        badgePath={badgePath(profile.login, roadmap.slug)}
                        profilePath={profilePath(profile.login)}
                        title={roadmap.title}
                      />
                    </div>
                  </details>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Card as="section" padding="lg" aria-labelledby="profile-activity" className="space-y-3">
        <h2 id="profile-activity" className="text-lg font-semibold">
          {t("activity")}
        </h2>
        <ActivityHeatmap activity={profile.activity} />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t.rich("activityNote", {
            zone: profile.timeZone.replace(/_/g, " "),
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          })}
        </p>
      </Card>
    </div>
  );
}

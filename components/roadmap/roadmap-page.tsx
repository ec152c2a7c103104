import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { Suspense } from "react";
import { githubSignInEnabled } from "@/server/auth/github-endpoints";
import type { RoadmapContent } from "@/server/services/roadmaps/content/roadmap-content";
import { roadmapPageData } from "@/server/services/roadmaps/content/roadmap-page-data";
import type { MaybeViewer } from "@/server/services/viewer";
import { dateLocale } from "@/shared/i18n/date-locale";
import { isLocale } from "@/shared/i18n/locales";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { GuestBanner } from "../auth/guest-banner";
import { RoadmapActions } from "../own-roadmaps/roadmap-actions";
import { RoadmapReviewLink } from "../review/roadmap-review-link";
import { RoadmapPlanSection, RoadmapPlanSkeleton } from "../plan/roadmap-plan-section";
import { PageTitle } from "../ui/page-title";
import { ChecklistSkeleton } from "./checklist-skeleton";
import { RoadmapChecklist } from "./roadmap-checklist";
import { RoadmapLanguageNote } from "./roadmap-language-note";

/**
 * A roadmap's page, built-in (/roadmaps/backend) or a learner's
 * (/roadmaps/<login>/<name>): title, owner and what the viewer may do with it
 * (export, fork; its owner: edit, visibility, delete), the learner's plan, then
 * the checklist.
 */
export async function RoadmapPage({ viewer, content }: { viewer: MaybeViewer; content: RoadmapContent }) {
  const { roadmap } = content;
  // The title goes out at once (the content is cached); the viewer's plan,
  // statuses and notes stream in behind skeletons.
  return (
    <div className="space-y-3">
      {!viewer && <GuestBanner signInEnabled={githubSignInEnabled()} />}
      <div lang={roadmap.language}>
        <PageTitle description={roadmap.description}>{roadmap.title}</PageTitle>
      </div>
      <RoadmapLanguageNote content={content} />
      <RoadmapActions viewer={viewer} roadmap={roadmap} />
      {viewer && (
        <Suspense fallback={null}>
          <RoadmapReviewLink viewer={viewer} roadmapId={roadmap.id} timeZone={timeZoneFromCookie(await cookies())} />
        </Suspense>
      )}
      {viewer && (
        <Suspense fallback={<RoadmapPlanSkeleton />}>
          <RoadmapPlanSection viewer={viewer} content={content} timeZone={timeZoneFromCookie(await cookies())} />
        </Suspense>
      )}
      <Suspense fallback={<ChecklistSkeleton />}>
        <ViewerChecklist viewer={viewer} content={content} />
      </Suspense>
    </div>
  );
}

async function ViewerChecklist({ viewer, content }: { viewer: MaybeViewer; content: RoadmapContent }) {
  const [jar, locale] = await Promise.all([cookies(), getLocale()]);
  // The day in "Done on <roadmap>, <day>" is written in the page's language, like the checklist's other dates.
  const data = await roadmapPageData(
    viewer,
    content,
    timeZoneFromCookie(jar),
    isLocale(locale) ? dateLocale(locale) : undefined,
  );
  return <RoadmapChecklist key={viewer ? "learner" : "guest"} data={data} mode={viewer ? "learner" : "guest"} />;
}

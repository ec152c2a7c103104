"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { calendarFeedPath } from "@/shared/calendar/calendar-address";
import { DEFAULT_SCHEDULE, studyScheduleQuery } from "@/shared/calendar/study-schedule";
import { formatTime } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import { isLocale } from "@/shared/i18n/locales";
import { apolloClient } from "../apollo/apollo-client";
import { StudyScheduleFields } from "../share/calendar-download";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { CopyableText } from "../ui/copyable-text";
import { useMutationAction } from "../ui/use-mutation-action";
import { CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from "./profile-operations";

/**
 * The private calendar link: made here, shown once (only its hash is kept),
 * replaced or revoked at will. One secret serves a URL per roadmap. Focus
 * follows the action: to the new links (to copy them now), or, once revoked,
 * back to the button that makes one (the Revoke button is gone).
 */
export function CalendarSubscription({
  createdAt,
  roadmaps,
  timeZone,
}: {
  createdAt: string | null;
  roadmaps: { slug: string; title: string }[];
  /** The viewer's, as the server rendered with: the browser prints the same time. */
  timeZone: string;
}) {
  const router = useRouter();
  const t = useTranslations("CalendarSubscription");
  const locale = useLocale();
  const [template, setTemplate] = useState<string | null>(null);
  const [schedule, setSchedule] = useState(DEFAULT_SCHEDULE);
  const [done, setDone] = useState<string | null>(null);
  const { pending, error, run } = useMutationAction();
  const createButton = useRef<HTMLButtonElement>(null);
  const links = useRef<HTMLDivElement>(null);

  // A new link was drawn: the focus goes to it.
  useEffect(() => {
    if (template) links.current?.focus();
  }, [template]);

  // What was done, or why it failed, is said in one status line.
  const change = (work: () => Promise<string>) =>
    run(async () => {
      setDone(null);
      setDone(await work());
      router.refresh();
    });
  const create = () =>
    change(async () => {
      const client = await apolloClient();
      const { data } = await client.mutate({ mutation: CreateCalendarFeedMutation });
      setTemplate(data?.createCalendarFeed.urlTemplate ?? null);
      return t("created");
    });
  const revoke = () =>
    change(async () => {
      const client = await apolloClient();
      await client.mutate({ mutation: RevokeCalendarFeedMutation });
      setTemplate(null);
      createButton.current?.focus();
      return t("revoked");
    });
  const urlFor = (slug: string) =>
    `${window.location.origin}${calendarFeedPath(template!, slug)}?${studyScheduleQuery(schedule)}`;

  return (
    <Card as="section" aria-labelledby="calendar" className="space-y-3" data-testid="calendar-subscription">
      <h2 id="calendar" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("text")}</p>
      <p className="text-sm" data-testid="calendar-state">
        {createdAt
          ? t("hasLink", {
              made: formatTime(new Date(createdAt), {
                timeZone,
                locale: isLocale(locale) ? dateLocale(locale) : undefined,
              }),
            })
          : t("noLink")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button ref={createButton} variant="secondary" size="compact" pending={pending} onClick={create}>
          {createdAt ? t("replace") : t("create")}
        </Button>
        {createdAt && (
          <Button variant="secondary" size="compact" pending={pending} onClick={revoke}>
            {t("revoke")}
          </Button>
        )}
      </div>
      <p role="status" className={`text-sm ${error ? "text-red-700 dark:text-red-400" : ""}`}>
        {error ?? done ?? ""}
      </p>
      {template && (
        <div
          ref={links}
          tabIndex={-1}
          role="region"
          aria-label={t("newLinks")}
          className="space-y-3"
          data-testid="calendar-links"
        >
          <StudyScheduleFields onChange={setSchedule} />
          {roadmaps.length === 0 && <p className="text-sm">{t("startRoadmap")}</p>}
          <ul className="space-y-2">
            {roadmaps.map((roadmap) => (
              <li key={roadmap.slug} className="space-y-1 text-sm">
                <span className="font-medium">{roadmap.title}</span>
                <CopyableText
                  text={urlFor(roadmap.slug)}
                  what={t("linkFor", { title: roadmap.title })}
                  testId="calendar-url"
                />
                <a
                  href={urlFor(roadmap.slug).replace(/^https?:/, "webcal:")}
                  className="font-medium text-indigo-700 underline dark:text-indigo-300"
                >
                  {t("openInApp")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

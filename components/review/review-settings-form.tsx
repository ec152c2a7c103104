"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { RETENTION_CHOICES } from "@/shared/review/first-reviews";
import { REVIEW_LIMITS } from "@/shared/review/review-limits";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { fieldClass } from "../ui/field-class";
import { FormFooter } from "../ui/form-footer";
import { useMutationAction } from "../ui/use-mutation-action";
import { SetReviewSettingsMutation } from "./review-operations";

/** The daily limit and the retention aimed for, and review on or off per roadmap (each switch saves at once). */
export function ReviewSettingsForm({
  dailyLimit,
  desiredRetention,
  roadmaps,
}: {
  dailyLimit: number;
  desiredRetention: number;
  roadmaps: { id: string; title: string; enabled: boolean }[];
}) {
  const router = useRouter();
  const t = useTranslations("ReviewSettings");
  const id = useId();
  const [limit, setLimit] = useState(String(dailyLimit));
  const [retention, setRetention] = useState(String(desiredRetention));
  const [saved, setSaved] = useState(false);
  const save = useMutationAction();
  const toggle = useMutationAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void save.run(async () => {
      const client = await apolloClient();
      await client.mutate({
        mutation: SetReviewSettingsMutation,
        variables: { input: { dailyLimit: Number(limit), desiredRetention: Number(retention) } },
      });
      setSaved(true);
      router.refresh();
    });
  };
  const switchRoadmap = (roadmapId: string, enabled: boolean) =>
    void toggle.run(async () => {
      const client = await apolloClient();
      await client.mutate({ mutation: SetReviewSettingsMutation, variables: { input: { roadmapId, enabled } } });
      router.refresh();
    });
  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-3" data-testid="review-settings-form">
        <div>
          <label htmlFor={`${id}-limit`} className="block text-sm font-medium">
            {t("limit")}
          </label>
          <input
            id={`${id}-limit`}
            type="number"
            min={1}
            max={REVIEW_LIMITS.maxDailyLimit}
            required
            value={limit}
            onChange={(event) => setLimit(event.target.value)}
            aria-describedby={`${id}-limit-help`}
            className={fieldClass("mt-1 w-28")}
          />
          <p id={`${id}-limit-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {t("limitHelp")}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-retention`} className="block text-sm font-medium">
            {t("retention")}
          </label>
          <select
            id={`${id}-retention`}
            value={retention}
            onChange={(event) => setRetention(event.target.value)}
            aria-describedby={`${id}-retention-help`}
            className={fieldClass("mt-1")}
          >
            {RETENTION_CHOICES.map((choice) => (
              <option key={choice} value={String(choice)}>
                {t("percent", { percent: Math.round(choice * 100) })}
              </option>
            ))}
          </select>
          <p id={`${id}-retention-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {t("retentionHelp")}
          </p>
        </div>
        <FormFooter
          label={t("save")}
          pendingLabel={t("saving")}
          pending={save.pending}
          status={saved ? t("saved") : null}
          error={save.error}
        />
      </form>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("roadmaps")}</legend>
        {roadmaps.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noRoadmaps")}</p>
        ) : (
          roadmaps.map((roadmap) => (
            <div key={roadmap.id} className="flex items-center gap-2 text-sm">
              <input
                id={`${id}-${roadmap.id}`}
                type="checkbox"
                defaultChecked={roadmap.enabled}
                onChange={(event) => switchRoadmap(roadmap.id, event.target.checked)}
                className="h-4 w-4 accent-indigo-700"
                data-testid="review-roadmap-switch"
              />
              <label htmlFor={`${id}-${roadmap.id}`}>{roadmap.title}</label>
            </div>
          ))
        )}
        <ActionError message={toggle.error} />
      </fieldset>
    </div>
  );
}

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { COHORT_LIMITS } from "@/shared/cohorts/cohort-limits";
import { fieldClass } from "../ui/field-class";

/** An invite link's optional expiry day and number of uses, as fields of a form. */
export function InviteOptionFields({ idPrefix }: { idPrefix: string }) {
  const t = useTranslations("InviteOptions");
  const optional = (chunks: ReactNode) => (
    <span className="font-normal text-slate-600 dark:text-slate-400">{chunks}</span>
  );
  return (
    <div className="flex flex-wrap gap-4">
      <div>
        <label htmlFor={`${idPrefix}-expires`} className="block text-sm font-medium">
          {t.rich("until", { optional })}
        </label>
        <input id={`${idPrefix}-expires`} name="expiresOn" type="date" className={fieldClass("mt-1")} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-uses`} className="block text-sm font-medium">
          {t.rich("joins", { optional })}
        </label>
        <input
          id={`${idPrefix}-uses`}
          name="maxUses"
          type="number"
          min={1}
          max={COHORT_LIMITS.inviteMaxUses}
          inputMode="numeric"
          className={fieldClass("mt-1 w-28")}
        />
      </div>
    </div>
  );
}

/** The fields' values as the API takes them: the link stops at the end of the chosen day, in the browser's zone. */
export function inviteOptionsFrom(form: FormData): { inviteExpiresAt: string | null; inviteMaxUses: number | null } {
  const day = String(form.get("expiresOn") ?? "");
  const uses = String(form.get("maxUses") ?? "").trim();
  return {
    inviteExpiresAt: day ? new Date(`${day}T23:59:59`).toISOString() : null,
    inviteMaxUses: uses ? Number(uses) : null,
  };
}

/** The whole address of an invite path, to paste anywhere. */
export function inviteLink(path: string): string {
  return new URL(path, window.location.origin).toString();
}

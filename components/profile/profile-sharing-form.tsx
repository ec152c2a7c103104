"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useId } from "react";
import { useErrorText } from "../apollo/use-error-text";
import { apolloClient } from "../apollo/apollo-client";
import { Card } from "../ui/card";
import { FormFooter } from "../ui/form-footer";
import { SetProfileVisibilityMutation } from "./profile-operations";

type SaveState = { status: "idle" } | { status: "saved"; public: boolean } | { status: "error"; message: string };

/** Public or not, and which roadmaps the profile shows; the browser's time zone goes with it. */
export function ProfileSharingForm({
  profilePath,
  isPublic,
  roadmaps,
  chosen,
}: {
  profilePath: string;
  isPublic: boolean;
  /** The learner's own public roadmaps and the public ones they follow. */
  roadmaps: { id: string; title: string; builtIn: boolean; ownerLogin: string | null; own: boolean }[];
  chosen: string[];
}) {
  const router = useRouter();
  const t = useTranslations("ProfileSharing");
  const describeError = useErrorText();
  const save = async (_previous: SaveState, form: FormData): Promise<SaveState> => {
    const makePublic = form.get("public") === "on";
    try {
      const client = await apolloClient();
      await client.mutate({
        mutation: SetProfileVisibilityMutation,
        variables: {
          input: {
            public: makePublic,
            roadmapIds: form.getAll("roadmapIds").map(String),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
        },
      });
      router.refresh();
      return { status: "saved", public: makePublic };
    } catch (error) {
      return { status: "error", message: describeError(error) };
    }
  };
  const [state, action, pending] = useActionState<SaveState, FormData>(save, { status: "idle" });
  const legendId = useId();
  return (
    <Card as="form" action={action} className="space-y-4" data-testid="profile-form">
      <div className="flex items-start gap-3">
        <input
          id="profile-public"
          type="checkbox"
          name="public"
          defaultChecked={isPublic}
          aria-describedby="profile-public-help"
          className="mt-1 h-4 w-4 accent-indigo-700"
        />
        <div>
          <label htmlFor="profile-public" className="block font-medium">
            {t("publicLabel")}
          </label>
          <p id="profile-public-help" className="text-sm text-slate-700 dark:text-slate-300">
            {t.rich("publicHelp", {
              path: profilePath,
              link: (chunks) => (
                <Link
                  href={profilePath}
                  dir="ltr"
                  className="font-medium text-indigo-700 underline dark:text-indigo-300"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </div>
      <fieldset className="space-y-2" aria-describedby={`${legendId}-help`}>
        <legend className="text-sm font-medium">{t("roadmapsLegend")}</legend>
        <p id={`${legendId}-help`} className="text-sm text-slate-700 dark:text-slate-300">
          {t("roadmapsHelp")}
        </p>
        {roadmaps.length === 0 && (
          <p className="text-sm">
            {t.rich("none", {
              link: (chunks) => (
                <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        {roadmaps.map((roadmap) => (
          <label key={roadmap.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="roadmapIds"
              value={roadmap.id}
              defaultChecked={chosen.includes(roadmap.id)}
              className="mt-0.5 h-4 w-4 shrink-0 accent-indigo-700"
            />
            <span className="min-w-0 break-words">
              {roadmap.title}
              <span className="text-slate-600 dark:text-slate-400" data-testid="shareable-owner">
                {" "}
                · {ownerText(roadmap, t)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormFooter
        label={t("save")}
        pendingLabel={t("saving")}
        pending={pending}
        status={state.status === "saved" && (state.public ? t("savedPublic") : t("savedPrivate"))}
        error={state.status === "error" ? state.message : null}
      />
    </Card>
  );
}

function ownerText(
  roadmap: { builtIn: boolean; ownerLogin: string | null; own: boolean },
  t: (key: "yours" | "builtIn" | "byAnother" | "byLogin", values?: { login: string }) => string,
): string {
  if (roadmap.own) return t("yours");
  if (roadmap.builtIn) return t("builtIn");
  return roadmap.ownerLogin ? t("byLogin", { login: roadmap.ownerLogin }) : t("byAnother");
}

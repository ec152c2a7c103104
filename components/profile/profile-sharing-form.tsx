"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useId } from "react";
import { errorMessage } from "../apollo/error-message";
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
      return { status: "error", message: errorMessage(error) };
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
            Make my profile public
          </label>
          <p id="profile-public-help" className="text-sm text-slate-700 dark:text-slate-300">
            Anyone with the link sees your completion of the roadmaps chosen below, your activity on them and your
            streaks, at{" "}
            <Link href={profilePath} className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {profilePath}
            </Link>
            . Never your notes. Your README badges work only while it is public.
          </p>
        </div>
      </div>
      <fieldset className="space-y-2" aria-describedby={`${legendId}-help`}>
        <legend className="text-sm font-medium">Roadmaps it shows</legend>
        <p id={`${legendId}-help`} className="text-sm text-slate-700 dark:text-slate-300">
          Your own public roadmaps and the public ones you follow (any you have ticked an item on).
        </p>
        {roadmaps.length === 0 && (
          <p className="text-sm">
            None yet: tick an item on a{" "}
            <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
              roadmap
            </Link>
            , or make one of yours public.
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
                · {ownerText(roadmap)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormFooter
        label="Save"
        pendingLabel="Saving…"
        pending={pending}
        status={
          state.status === "saved" &&
          (state.public ? "Saved: your profile is public." : "Saved: your profile is private.")
        }
        error={state.status === "error" ? state.message : null}
      />
    </Card>
  );
}

function ownerText(roadmap: { builtIn: boolean; ownerLogin: string | null; own: boolean }): string {
  if (roadmap.own) return "yours";
  if (roadmap.builtIn) return "built in";
  return roadmap.ownerLogin ? `by @${roadmap.ownerLogin}` : "by another learner";
}

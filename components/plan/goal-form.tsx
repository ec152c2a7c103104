"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { errorMessage } from "../apollo/error-message";
import { writeClient } from "../apollo/write-client";
import { SetRoadmapGoalMutation } from "./plan-operations";

type GoalState = { status: "idle" } | { status: "saved"; text: string } | { status: "error"; message: string };

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950";

/** The learner's target date and weekly goal for a roadmap; empty fields clear them. */
export function GoalForm({
  roadmapId,
  targetDate,
  weeklyGoal,
}: {
  roadmapId: string;
  targetDate: string | null;
  weeklyGoal: number | null;
}) {
  const router = useRouter();
  const save = async (_previous: GoalState, form: FormData): Promise<GoalState> => {
    const target = String(form.get("targetDate") ?? "");
    const weekly = String(form.get("weeklyGoal") ?? "");
    try {
      const client = await writeClient();
      await client.mutate({
        mutation: SetRoadmapGoalMutation,
        variables: { input: { roadmapId, targetDate: target || null, weeklyGoal: weekly ? Number(weekly) : null } },
      });
      // The pace, forecast and chart are drawn on the server.
      router.refresh();
      return { status: "saved", text: target || weekly ? "Saved." : "Cleared." };
    } catch (error) {
      return { status: "error", message: errorMessage(error) };
    }
  };
  const [state, action, pending] = useActionState<GoalState, FormData>(save, { status: "idle" });
  return (
    <form action={action} className="space-y-3" data-testid="goal-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`target-${roadmapId}`} className="block text-sm font-medium">
            Target date
          </label>
          <input
            id={`target-${roadmapId}`}
            name="targetDate"
            type="date"
            defaultValue={targetDate ?? ""}
            className={field}
          />
        </div>
        <div>
          <label htmlFor={`weekly-${roadmapId}`} className="block text-sm font-medium">
            Weekly goal (items)
          </label>
          <input
            id={`weekly-${roadmapId}`}
            name="weeklyGoal"
            type="number"
            min={1}
            max={500}
            step={1}
            inputMode="numeric"
            defaultValue={weeklyGoal ?? ""}
            className={field}
          />
        </div>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">Leave a field empty to clear it.</p>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-600 disabled:opacity-50"
        >
          {pending ? "Saving…" : "Save goals"}
        </button>
        <p role="status" className="text-sm">
          {state.status === "saved" && state.text}
        </p>
      </div>
      {state.status === "error" && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}

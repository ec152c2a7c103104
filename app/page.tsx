import Link from "next/link";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { completionByRoadmap } from "@/app/lib/services/progress/completion-by-roadmap";
import { listRoadmaps } from "@/app/lib/services/roadmaps/list-roadmaps";
import { GuestCompletion } from "@/components/guest-completion";
import { CompletionBar } from "@/components/ui/completion-bar";

// Reads the database on every request (never prerendered at build time).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [roadmaps, viewer] = await Promise.all([listRoadmaps(), sessionViewer()]);
  const completion = viewer ? await completionByRoadmap(viewer, roadmaps) : null;
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro" className="space-y-3 pt-4">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Learning roadmaps you can tick off
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Waymark turns a roadmap into a living dashboard: mark items as in progress, done or skipped, follow
          hand-picked resources, keep notes, and watch your completion charts grow. Everything is also a public{" "}
          <Link href="/playground" className="text-indigo-700 underline dark:text-indigo-300">
            GraphQL API
          </Link>
          .
        </p>
      </section>
      <section aria-labelledby="roadmaps-heading" className="space-y-4">
        <h2 id="roadmaps-heading" className="text-xl font-semibold">
          Roadmaps
        </h2>
        {roadmaps.length === 0 ? (
          <p>No roadmaps yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {roadmaps.map((roadmap) => {
              const mine = completion?.get(roadmap.id);
              return (
                <li key={roadmap.id}>
                  <Link
                    href={`/roadmaps/${roadmap.slug}`}
                    data-testid={`roadmap-card-${roadmap.slug}`}
                    className="block h-full space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-400 hover:shadow dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500"
                  >
                    <h3 className="text-lg font-semibold">{roadmap.title}</h3>
                    {roadmap.description && (
                      <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{roadmap.description}</p>
                    )}
                    <p className="flex justify-between text-sm font-medium text-slate-600 dark:text-slate-400">
                      <span>
                        <span data-testid="item-count">{roadmap.itemCount}</span> items
                      </span>
                      <span data-testid="viewer-percent">
                        {mine ? (
                          `${mine.percent}%`
                        ) : (
                          <GuestCompletion roadmapId={roadmap.id} itemCount={roadmap.itemCount} />
                        )}{" "}
                        done
                      </span>
                    </p>
                    {mine && <CompletionBar label={`Your ${roadmap.title} completion`} completion={mine} size="sm" />}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

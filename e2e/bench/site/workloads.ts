import type { LoadRequest } from "../support/load-window";
import { saverMarkdown } from "./bench-learners";
import type { Workload } from "./compare-sites";
import {
  DASHBOARD,
  ROADMAP_QUERY,
  ROADMAP_SIGNED_IN,
  SAVE_ROADMAP,
  SET_NOTE,
  SET_STATUS,
  graphqlRequest,
  pageRequest,
} from "./operations";

const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"];

/**
 * Writes numbered across every window of a site, not per window: a window that
 * started again from 0 would repeat the last window's writes, which change nothing.
 */
function counted(request: (sent: number) => LoadRequest): (sent: number) => LoadRequest {
  let sent = 0;
  return () => request(sent++);
}

/** Issue 21's workloads, each measured on both sites. Readers at 40 connections, writers at fewer, pages at 10. */
export const WORKLOADS: Workload[] = [
  {
    name: "seed roadmap, signed out",
    connections: 40,
    request: () => () => graphqlRequest(ROADMAP_QUERY, { slug: "backend" }),
  },
  {
    name: "seed roadmap, signed in",
    connections: 40,
    request: (learners) => () => graphqlRequest(ROADMAP_SIGNED_IN, { slug: "backend" }, learners.reader.cookie),
  },
  {
    name: "learner's 500-item roadmap, signed out",
    connections: 40,
    request: (learners) => () => graphqlRequest(ROADMAP_QUERY, { slug: learners.large500.slug }),
  },
  {
    name: "learner's 500-item roadmap, signed in",
    connections: 40,
    request: (learners) => () =>
      graphqlRequest(ROADMAP_SIGNED_IN, { slug: learners.large500.slug }, learners.reader.cookie),
  },
  {
    // Consecutive writes (in flight together) go to different items; each pass moves every item on.
    name: "setItemStatus",
    connections: 10,
    request: (learners) =>
      counted((sent) => {
        const items = learners.seedItems;
        const writers = learners.writers;
        return graphqlRequest(
          SET_STATUS,
          {
            itemId: items[sent % items.length],
            status: STATUSES[Math.floor(sent / (items.length * writers.length)) % STATUSES.length],
          },
          writers[Math.floor(sent / items.length) % writers.length]!.cookie,
        );
      }),
  },
  {
    name: "setItemNote",
    connections: 10,
    request: (learners) =>
      counted((sent) => {
        const items = learners.seedItems;
        const writers = learners.writers;
        return graphqlRequest(
          SET_NOTE,
          {
            itemId: items[sent % items.length],
            note: `Note ${sent}: *remember* the [docs](https://example.com/${sent}).`,
          },
          writers[Math.floor(sent / items.length) % writers.length]!.cookie,
        );
      }),
  },
  {
    // Each saver's roadmap goes back and forth between two versions ten renamed items apart.
    name: "saveRoadmap (200 items, 10 changes)",
    connections: 4,
    request: (learners) =>
      counted((sent) => {
        const saver = learners.savers[sent % learners.savers.length]!;
        const version = Math.floor(sent / learners.savers.length) + 1;
        return graphqlRequest(
          SAVE_ROADMAP,
          { input: { roadmapId: saver.roadmapId, markdown: saverMarkdown(version) } },
          saver.cookie,
        );
      }),
  },
  {
    name: "dashboard data (50 roadmaps, 10,000 events)",
    connections: 2,
    longerWindows: 3,
    request: (learners) => () => graphqlRequest(DASHBOARD, {}, learners.dashboard.cookie),
  },
  {
    name: "/dashboard page (50 roadmaps, 10,000 events)",
    connections: 2,
    longerWindows: 3,
    request: (learners) => () => pageRequest("/dashboard", learners.dashboard.cookie),
  },
  { name: "/explore first page", connections: 10, request: () => () => pageRequest("/explore") },
  { name: "/explore search", connections: 10, request: () => () => pageRequest("/explore?q=rust") },
  {
    name: "public profile /u/<login>",
    connections: 10,
    request: (learners) => () => pageRequest(learners.dashboard.profilePath),
  },
  { name: "badge", connections: 10, request: (learners) => () => pageRequest(learners.dashboard.badgePath) },
  { name: "calendar feed", connections: 10, request: (learners) => () => pageRequest(learners.dashboard.calendarPath) },
];

/** A saver's save for the mixed workload: private roadmaps of other learners than the readers. */
export const backgroundSave: Workload["request"] = WORKLOADS.find((workload) =>
  workload.name.startsWith("saveRoadmap"),
)!.request;

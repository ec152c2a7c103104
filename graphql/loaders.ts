import "server-only";

import DataLoader from "dataloader";
import { burnUps, type ProgressBucket } from "@/server/services/activity/burn-up";
import type { RoadmapReads } from "./answer-cache/roadmap-reads";
import type { StoredNote } from "@/server/services/notes/stored-notes";
import { loadItemFacts } from "@/server/services/plan/load-item-facts";
import { loadRoadmapGoals } from "@/server/services/plan/load-roadmap-goals";
import type { RoadmapGoal } from "@/server/services/plan/roadmap-goal";
import { profileSettings, type ProfileSettings } from "@/server/services/profile/profile-settings";
import { loadItemStates, type SkillSource } from "@/server/services/progress/load-item-states";
import type { ItemProgress, ProgressMap } from "@/server/services/progress/load-progress";
import {
  findRoadmapIdsOfItems,
  findRoadmapRefsBySlugs,
  loadRoadmapVersions,
  type RoadmapRef,
} from "@/server/services/roadmaps/content/find-roadmap-ids";
import {
  loadRoadmapContents,
  loadRoadmapSummaries,
  type RoadmapContent,
  type RoadmapSummary,
} from "@/server/services/roadmaps/content/roadmap-content";
import { contentsInLanguages } from "@/server/services/roadmaps/content/translated-content";
import { findNodeRefs, type NodeRef } from "@/server/services/roadmaps/content/find-node-refs";
import { loadReviewCards } from "@/server/services/review/load-review-cards";
import { viewerReviewSettings, type ReviewSettingsRecord } from "@/server/services/review/review-settings";
import type { ReviewCardState } from "@/shared/review/review-card";
import { loadRoadmapMarkdown } from "@/server/services/roadmaps/content/load-roadmap-markdown";
import { loadTranslationMarkdown } from "@/server/services/roadmaps/translations/load-translation-markdown";
import { loadUsers, type UserProfile } from "@/server/services/users/load-users";
import { listRoadmaps } from "@/server/services/roadmaps/listing/list-roadmaps";
import type { MaybeViewer } from "@/server/services/viewer";
import type { ItemFacts } from "@/shared/plan/item-facts";
import { findCohortsOfMember, type CohortView } from "@/server/services/cohorts/cohort-access";
import { loadCohortFigures, type CohortFigures } from "@/server/services/cohorts/cohort-figures";
import { cohortInvitesOf, type CohortInviteRecord } from "@/server/services/cohorts/cohort-invites-of";
import { NotFoundError } from "@/shared/errors";
import { findSkills } from "@/server/services/skills/find-skills";
import type { SkillRecord } from "@/server/services/skills/skill-record";
import { skillStatuses, type SkillStatus } from "@/server/services/skills/skill-statuses";

/**
 * Per-request batching: whatever the shape of a query, each kind of data is read
 * in one statement per request (a roadmap's version with its slug, its whole tree
 * from the caches, the viewer's statuses and notes together), so the SQL count
 * does not grow with the number of items. What one statement learned primes the
 * loaders that would ask again (a slug lookup knows the content version; a
 * write knows the item's roadmap and its new status).
 */
export function createLoaders(viewer: MaybeViewer, reads: RoadmapReads) {
  // Versions and slugs are read with the viewer's visibility filter: a roadmap
  // the viewer may not see has no version here, so its content is null. Every
  // lookup of a roadmap is recorded with what it found: a cached answer is
  // checked against them (answer-cache/roadmap-reads.ts).
  const roadmapVersion = new DataLoader<string, number | null>(async (ids) => {
    const versions = await loadRoadmapVersions(viewer, ids);
    ids.forEach((id, index) => reads.id(id, versions[index]!));
    return versions;
  });
  const roadmapRefBySlug = new DataLoader<string, RoadmapRef | null>(async (slugs) => {
    const refs = await findRoadmapRefsBySlugs(viewer, slugs);
    slugs.forEach((slug, index) => reads.slug(slug, refs[index]!));
    for (const ref of refs) if (ref) roadmapVersion.prime(ref.id, ref.contentVersion);
    return refs;
  });
  const knownVersions = async (ids: readonly string[]) =>
    (await roadmapVersion.loadMany(ids)).map((version) => {
      if (version instanceof Error) throw version;
      return version;
    });
  const content = new DataLoader<string, RoadmapContent | null>((roadmapIds) =>
    loadRoadmapContents(viewer, roadmapIds, knownVersions),
  );
  // A roadmap as its content's `roadmap` is, without the tree (the fields that need the
  // tree load it): what a save's answer names.
  const summary = new DataLoader<string, RoadmapSummary | null>((roadmapIds) =>
    loadRoadmapSummaries(viewer, roadmapIds, knownVersions),
  );
  // A roadmap's content in a language (key: id, NUL, language): its translation into it, else as written.
  const contentIn = new DataLoader<string, RoadmapContent | null>(async (keys) => {
    const asked = keys.map((key) => {
      const cut = key.indexOf("\u0000");
      return { id: key.slice(0, cut), language: key.slice(cut + 1) };
    });
    const bases = await content.loadMany(asked.map(({ id }) => id));
    const versions = await roadmapVersion.loadMany(asked.map(({ id }) => id));
    const entries = asked.flatMap(({ id, language }, index) => {
      const base = bases[index];
      const version = versions[index];
      if (base instanceof Error) throw base;
      if (version instanceof Error) throw version;
      return base && version !== null && version !== undefined
        ? [{ ref: { id, contentVersion: version }, base, language, index }]
        : [];
    });
    const translated = await contentsInLanguages(entries);
    const result: (RoadmapContent | null)[] = asked.map(() => null);
    entries.forEach(({ index }, at) => (result[index] = translated[at]!));
    return result;
  });
  type States = { progress: ProgressMap; notes: Map<string, StoredNote>; skillSources: Map<string, SkillSource> };
  // The states loaded so far in this request, for resolvers that answer synchronously.
  const ready = new Map<string, States>();
  const itemStates = new DataLoader<string, States>(async (roadmapIds) => {
    const states = await loadItemStates(viewer, roadmapIds);
    // One notes map serves every roadmap: item ids are unique across roadmaps.
    return roadmapIds.map((id) => {
      const forRoadmap = {
        progress: states.progress.get(id) ?? new Map(),
        notes: states.notes,
        skillSources: states.skillSources,
      };
      ready.set(id, forRoadmap);
      return forRoadmap;
    });
  });
  const writtenStatuses = new Map<string, ItemProgress | null>();
  // Like the states: facts loaded once per roadmap, then answered synchronously.
  const factsReady = new Map<string, Map<string, ItemFacts>>();
  const itemFacts = new DataLoader<string, Map<string, ItemFacts>>(async (roadmapIds) => {
    const byRoadmap = await loadItemFacts(viewer, roadmapIds);
    return roadmapIds.map((id) => {
      const facts = byRoadmap.get(id) ?? new Map<string, ItemFacts>();
      factsReady.set(id, facts);
      return facts;
    });
  });
  // Cohorts the viewer is in (null for any other), and every member's figures on one: one
  // statement for the cohorts of a request, six for each cohort's figures, whatever its size.
  const cohort = new DataLoader<string, CohortView | null>((ids) =>
    viewer ? findCohortsOfMember(viewer.userId, ids) : Promise.resolve(ids.map(() => null)),
  );
  const cohortFigures = new DataLoader<string, CohortFigures>(async (ids) =>
    Promise.all(
      ids.map(async (id) => {
        const found = await cohort.load(id);
        const roadmap = found ? await content.load(found.roadmapId) : null;
        if (!found || !roadmap) return new NotFoundError(`Cohort ${id}`);
        return loadCohortFigures(found.id, roadmap).catch((error: unknown) => error as Error);
      }),
    ),
  );
  return {
    roadmapVersion,
    roadmapRefBySlug,
    cohort,
    cohortFigures,
    // A cohort's invite, for inviteUrl and invite alike, and every cohort of a list in one statement.
    cohortInvite: new DataLoader<string, CohortInviteRecord | null>(cohortInvitesOf),
    content,
    summary,
    contentIn: {
      load: (roadmapId: string, language: string) => contentIn.load(`${roadmapId}\u0000${language}`),
      clearAll: () => contentIn.clearAll(),
    },
    // Each filters by what the viewer may see: another learner's private roadmap is null here.
    roadmapIdOfItem: new DataLoader<string, string | null>(async (ids) => {
      const roadmapIds = await findRoadmapIdsOfItems(viewer, ids);
      for (const roadmapId of roadmapIds) reads.item(roadmapId);
      return roadmapIds;
    }),
    /** The built-in roadmaps, listed (the same for everyone). */
    builtInRoadmaps: async () => {
      const list = await listRoadmaps();
      reads.builtInList(list);
      return list;
    },
    progress: {
      load: async (roadmapId: string) => (await itemStates.load(roadmapId)).progress,
    },
    notes: {
      load: async (roadmapId: string) => (await itemStates.load(roadmapId)).notes,
    },
    // Per item: where a status that came through its skill was set (Item.statusSource).
    skillSources: {
      load: async (roadmapId: string) => (await itemStates.load(roadmapId)).skillSources,
    },
    /**
     * After a write: the next read of statuses and notes goes to the database
     * (and any status remembered from an earlier write of this request is dropped).
     */
    forgetItemStates: (roadmapId?: string) => {
      writtenStatuses.clear();
      if (roadmapId) {
        itemStates.clear(roadmapId);
        ready.delete(roadmapId);
        itemFacts.clear(roadmapId);
        factsReady.delete(roadmapId);
      } else {
        itemStates.clearAll();
        ready.clear();
        itemFacts.clearAll();
        factsReady.clear();
      }
    },
    /** A roadmap's states if this request has loaded them already, else undefined. */
    readyItemStates: (roadmapId: string) => ready.get(roadmapId),
    /**
     * Statuses a mutation of this request has just written, as the write returned
     * them: answering with them needs no statement. (Null: no status stored.)
     */
    writtenStatuses,
    users: new DataLoader<string, UserProfile | null>(loadUsers),
    // Burn-ups of every roadmap a query asks with the same window: one statement (a list of followed roadmaps).
    history: new DataLoader<HistoryRequest, ProgressBucket[], string>(
      async (requests) => {
        const windows = new Map<string, HistoryRequest[]>();
        for (const request of requests) {
          const window = `${request.days}|${request.timeZone}`;
          windows.set(window, [...(windows.get(window) ?? []), request]);
        }
        const found = new Map<HistoryRequest, ProgressBucket[]>();
        await Promise.all(
          [...windows.values()].map(async (same) => {
            const histories = await burnUps(viewer, same, same[0]!);
            for (const request of same) found.set(request, histories.get(request.roadmapId)!);
          }),
        );
        return requests.map((request) => found.get(request)!);
      },
      { cacheKeyFn: (request) => `${request.roadmapId}|${request.days}|${request.timeZone}` },
    ),
    // Item facts (dates, pace) and goals per roadmap: one statement each per request.
    itemFacts,
    /** A roadmap's item facts if this request has loaded them already, else undefined. */
    readyItemFacts: (roadmapId: string) => factsReady.get(roadmapId),
    goals: new DataLoader<string, RoadmapGoal>(async (roadmapIds) => {
      const goals = await loadRoadmapGoals(viewer, roadmapIds);
      return roadmapIds.map((id) => goals.get(id)!);
    }),
    // Keyed by user id; only ever the viewer's own.
    profileSettings: new DataLoader<string, ProfileSettings>(async (userIds) =>
      Promise.all(userIds.map(() => profileSettings(viewer))),
    ),
    nodeRef: new DataLoader<string, NodeRef | null>((ids) => findNodeRefs(viewer, ids)),
    markdown: new DataLoader<string, string | null>((ids) => loadRoadmapMarkdown(viewer, ids)),
    translationMarkdown: new DataLoader<{ roadmapId: string; language: string }, string | null, string>(
      (keys) => loadTranslationMarkdown(viewer, keys),
      { cacheKeyFn: ({ roadmapId, language }) => `${roadmapId}\u0000${language}` },
    ),
    // The viewer's review cards by item: one statement per request (Item.review).
    reviewCard: new DataLoader<string, ReviewCardState | null>((ids) => loadReviewCards(viewer, ids)),
    // Keyed by user id; only ever the viewer's own (READ_PROGRESS).
    reviewSettings: new DataLoader<string, ReviewSettingsRecord>(async (userIds) =>
      Promise.all(userIds.map(() => viewerReviewSettings(viewer))),
    ),
    // Skills by name, and the viewer's status on them (READ_PROGRESS): one statement each per request.
    skill: new DataLoader<string, SkillRecord | null>((names) => findSkills(viewer, names)),
    skillStatus: new DataLoader<string, SkillStatus | null>((names) => skillStatuses(viewer, names)),
  };
}

interface HistoryRequest {
  roadmapId: string;
  total: number;
  days: number;
  timeZone: string;
}

export type Loaders = ReturnType<typeof createLoaders>;

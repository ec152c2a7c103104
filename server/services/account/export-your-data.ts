import "server-only";

import { db } from "../../db/client";
import { NotFoundError } from "../../../shared/errors";
import { loadRoadmapMarkdown } from "../roadmaps/content/load-roadmap-markdown";
import { canSeeRoadmap } from "../roadmaps/visibility/roadmap-access";
import { requireSession, type MaybeViewer } from "../viewer";

const ITEM_WITH_ROADMAP = {
  select: {
    key: true,
    title: true,
    roadmap: { select: { id: true, slug: true, visibility: true, ownerId: true } },
  },
} as const;

/**
 * Everything Waymark holds about the viewer, as one JSON document: profile,
 * every status and its history, notes, review cards and every rating, access tokens (names, scopes and dates;
 * secrets are never stored), sessions (dates only), and the roadmaps they own
 * with their markdown. Progress on a roadmap its owner has since made private
 * is listed by ids only: the viewer's own data, without someone else's content.
 * Needs a browser session, like every account action.
 */
export async function exportYourData(viewer: MaybeViewer): Promise<string> {
  const { userId } = requireSession(viewer, "download your data");
  const client = db();
  const [user, roadmaps, progress, events, notes, tokens, sessions, reviews, ratings, reviewSettings, skills] =
    await Promise.all([
      client.user.findUnique({
        where: { id: userId },
        select: { id: true, login: true, name: true, email: true, image: true, role: true, createdAt: true },
      }),
      client.roadmap.findMany({
        where: { ownerId: userId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          slug: true,
          title: true,
          visibility: true,
          forkedFromId: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
      client.progress.findMany({
        where: { userId },
        orderBy: { updatedAt: "asc" },
        select: { itemId: true, status: true, updatedAt: true, item: ITEM_WITH_ROADMAP },
      }),
      client.progressEvent.findMany({
        where: { userId },
        orderBy: { id: "asc" },
        select: { itemId: true, from: true, to: true, at: true, kind: true, item: ITEM_WITH_ROADMAP },
      }),
      client.note.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: { itemId: true, body: true, createdAt: true, updatedAt: true, item: ITEM_WITH_ROADMAP },
      }),
      client.apiToken.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: { name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true },
      }),
      client.session.findMany({ where: { userId }, select: { createdAt: true, expires: true } }),
      // Spaced review (issue 23): the cards as they stand, and every rating, the history they rebuild from.
      client.reviewCard.findMany({
        where: { userId },
        orderBy: { enteredAt: "asc" },
        select: {
          itemId: true,
          due: true,
          stability: true,
          difficulty: true,
          reps: true,
          lapses: true,
          state: true,
          scheduledDays: true,
          lastReview: true,
          enteredAt: true,
          enteredRetention: true,
          item: ITEM_WITH_ROADMAP,
        },
      }),
      client.reviewEvent.findMany({
        where: { userId },
        orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          itemId: true,
          rating: true,
          reviewedAt: true,
          retention: true,
          cardEnteredAt: true,
          repsBefore: true,
          item: ITEM_WITH_ROADMAP,
        },
      }),
      client.reviewSettings.findUnique({ where: { userId }, select: { dailyLimit: true, desiredRetention: true } }),
      // One status per skill (issue 24), and the item where it was set (null once deleted).
      client.skillProgress.findMany({
        where: { userId },
        orderBy: { skill: "asc" },
        select: { skill: true, status: true, updatedAt: true, since: true, item: ITEM_WITH_ROADMAP },
      }),
    ]);
  if (!user) throw new NotFoundError("Your account");
  const markdown = await loadRoadmapMarkdown(
    viewer,
    roadmaps.map((roadmap) => roadmap.id),
  );
  const where = (item: {
    key: string;
    title: string;
    roadmap: Parameters<typeof canSeeRoadmap>[1] & { id: string; slug: string };
  }) =>
    canSeeRoadmap(viewer, item.roadmap)
      ? { roadmapId: item.roadmap.id, roadmap: item.roadmap.slug, itemKey: item.key, item: item.title }
      : { roadmapId: item.roadmap.id, roadmap: null, itemKey: null, item: null };
  return JSON.stringify(
    {
      format: "waymark-your-data",
      version: 1,
      exportedAt: new Date().toISOString(),
      profile: user,
      roadmaps: roadmaps.map((roadmap, index) => ({ ...roadmap, markdown: markdown[index] })),
      progress: progress.map(({ item, ...row }) => ({ ...where(item), ...row })),
      history: events.map(({ item, ...row }) => ({ ...where(item), ...row })),
      notes: notes.map(({ item, ...row }) => ({ ...where(item), ...row })),
      tokens,
      sessions,
      skills: skills.map(({ item, ...row }) => ({ ...row, setOn: item ? where(item) : null })),
      review: {
        settings: reviewSettings,
        cards: reviews.map(({ item, ...row }) => ({ ...where(item), ...row })),
        ratings: ratings.map(({ item, ...row }) => ({ ...where(item), ...row })),
      },
    },
    null,
    2,
  );
}

import "server-only";

import { activitySummary } from "@/server/services/activity/activity-summary";
import { followedRoadmapIds } from "@/server/services/activity/followed-roadmaps";
import { inProgressItems } from "@/server/services/activity/in-progress-items";
import { BadInputError, UnauthenticatedError } from "@/shared/errors";
import { exportYourData } from "@/server/services/account/export-your-data";
import { listOwnRoadmaps } from "@/server/services/roadmaps/listing/list-own-roadmaps";
import { listApiTokens } from "@/server/services/tokens/list-api-tokens";
import { calendarFeedCreatedAt } from "@/server/services/calendar/calendar-feed-created-at";
import { calendarFeedTemplate } from "@/shared/calendar/calendar-address";
import { badgePath, profilePath } from "@/server/services/profile/profile-login";
import type {
  ApiTokenResolvers,
  CreateCalendarFeedPayloadResolvers,
  PublicProfileResolvers,
  ViewerResolvers,
} from "../generated/resolvers-types";
import { listApiTokensPage } from "@/server/services/tokens/list-api-tokens-page";
import type { GraphQLContext } from "../context";
import { listViewerCohorts } from "@/server/services/cohorts/list-viewer-cohorts";
import { reviewViewerFields } from "./review";

async function profile(ctx: GraphQLContext, userId: string) {
  const user = await ctx.loaders.users.load(userId);
  // A session or token whose user was deleted.
  if (!user) throw new UnauthenticatedError("Your account no longer exists.");
  return user;
}

export const Viewer: ViewerResolvers = {
  id: (viewer) => viewer.userId,
  login: async (viewer, _args, ctx) => (await profile(ctx, viewer.userId)).login ?? "",
  name: async (viewer, _args, ctx) => (await profile(ctx, viewer.userId)).name,
  avatarUrl: async (viewer, _args, ctx) => (await profile(ctx, viewer.userId)).image,
  role: async (viewer, _args, ctx) => (await profile(ctx, viewer.userId)).role,
  followedRoadmaps: async (viewer, _args, ctx) => {
    const ids = await followedRoadmapIds(viewer);
    const contents = await ctx.loaders.content.loadMany(ids);
    return contents.flatMap((content) => (content && !(content instanceof Error) ? [content.roadmap] : []));
  },
  inProgressItems: async (viewer, { first }, ctx) => {
    const count = first ?? 10;
    if (count < 0 || count > 100) throw new BadInputError("first must be between 0 and 100.");
    // In the request's language where a roadmap has a translation into it, as roadmap(slug) is.
    return (await inProgressItems(viewer, count, ctx.language)).map(({ item }) => item);
  },
  activity: (viewer, { timeZone }) => activitySummary(viewer, timeZone ?? "UTC"),
  apiTokens: (viewer) => listApiTokens(viewer),
  apiTokensConnection: (viewer, args) => listApiTokensPage(viewer, args),
  ownRoadmaps: (viewer, args) => listOwnRoadmaps(viewer, args),
  dataExport: (viewer) => exportYourData(viewer),
  profileUrl: async (viewer, _args, ctx) => profilePath((await profile(ctx, viewer.userId)).login ?? ""),
  profilePublic: async (viewer, _args, ctx) => (await ctx.loaders.profileSettings.load(viewer.userId)).public,
  profileRoadmaps: async (viewer, _args, ctx) => {
    const { roadmapIds } = await ctx.loaders.profileSettings.load(viewer.userId);
    const contents = await ctx.loaders.content.loadMany(roadmapIds);
    return contents.flatMap((content) => (content && !(content instanceof Error) ? [content.roadmap] : []));
  },
  calendarFeedCreatedAt: async (viewer) => (await calendarFeedCreatedAt(viewer))?.toISOString() ?? null,
  locale: async (viewer, _args, ctx) => (await profile(ctx, viewer.userId)).locale,
  cohorts: (viewer, args) => listViewerCohorts(viewer, args),
  ...reviewViewerFields,
};

export const PublicProfile: PublicProfileResolvers = {
  url: (profile) => profilePath(profile.login),
  roadmaps: (profile) =>
    profile.roadmaps.map((roadmap) => ({
      slug: roadmap.slug,
      title: roadmap.title,
      total: roadmap.completion.total,
      done: roadmap.completion.done,
      skipped: roadmap.completion.skipped,
      percent: roadmap.completion.percent,
      badgeUrl: badgePath(profile.login, roadmap.slug),
    })),
};

export const CreateCalendarFeedPayload: CreateCalendarFeedPayloadResolvers = {
  createdAt: (payload) => payload.createdAt.toISOString(),
  urlTemplate: (payload) => calendarFeedTemplate(payload.secret),
};

export const ApiToken: ApiTokenResolvers = {
  createdAt: (token) => token.createdAt.toISOString(),
  lastUsedAt: (token) => token.lastUsedAt?.toISOString() ?? null,
};

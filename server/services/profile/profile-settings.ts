import "server-only";

import { db } from "../../db/client";
import { UnauthenticatedError } from "../../../shared/errors";
import { requireViewer, type MaybeViewer } from "../viewer";

export interface ProfileSettings {
  login: string | null;
  public: boolean;
  timeZone: string;
  /** Chosen roadmaps, in the order shown. */
  roadmapIds: string[];
}

/** The viewer's own profile settings (one statement). */
export async function profileSettings(viewer: MaybeViewer): Promise<ProfileSettings> {
  const { userId } = requireViewer(viewer);
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      login: true,
      profilePublic: true,
      profileTimeZone: true,
      profileRoadmaps: { orderBy: { position: "asc" }, select: { roadmapId: true } },
    },
  });
  if (!user) throw new UnauthenticatedError("Your account no longer exists.");
  return {
    login: user.login,
    public: user.profilePublic,
    timeZone: user.profileTimeZone,
    roadmapIds: user.profileRoadmaps.map((entry) => entry.roadmapId),
  };
}

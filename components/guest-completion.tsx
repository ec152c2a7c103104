"use client";

import { guestCompletion, useGuestProgress } from "./guest/guest-progress";

/** A guest's percentage on a roadmap card, from this browser's storage, counted over the roadmap's live items. */
export function GuestCompletion({ itemIds }: { itemIds: string[] }) {
  const progress = useGuestProgress();
  return <>{guestCompletion(progress, itemIds).percent}%</>;
}

import { followStatus, parseGuestReview, type GuestReview } from "./guest-review-state";

/*
 * Where a visitor's review is kept in this browser (guest-review-state.ts holds
 * the rules): written beside their statuses, handed to the account at sign-in
 * (GuestProgressMerger) and cleared once the server confirmed.
 */

const KEY = "waymark:guest-review:v1";

export function readGuestReview(): GuestReview {
  return parseGuestReview(localStorage.getItem(KEY) ?? "{}");
}

export function updateGuestReview(change: (review: GuestReview) => GuestReview): void {
  const next = change(readGuestReview());
  if (Object.keys(next).length === 0) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(next));
}

/** After the merge: the account holds the review now. */
export function clearGuestReview(): void {
  localStorage.removeItem(KEY);
}

/** After a guest's status change (guest-progress.ts). */
export function followGuestStatus(itemId: string, roadmapId: string, status: string, at: Date): void {
  updateGuestReview((review) => followStatus(review, itemId, roadmapId, status, at));
}

import { reviewSummary } from "@/server/services/review/review-summary";
import type { Viewer } from "@/server/services/viewer";
import { ReviewSummaryCard } from "../review/review-summary-card";

/** The dashboard's review card, streamed in behind its own Suspense boundary. */
export async function ReviewSection({ viewer, timeZone }: { viewer: Viewer; timeZone: string }) {
  return <ReviewSummaryCard summary={await reviewSummary(viewer, timeZone)} />;
}

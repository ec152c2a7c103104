import type { Db } from "../../../server/db/client";
import { cardToJson, type ReviewCardState } from "../../../shared/review/review-card";
import type { ReviewRatingName } from "../../../shared/review/review-limits";
import { enterReview, rateCard } from "../../../shared/review/scheduler";

const DAY_MS = 86_400_000;

/**
 * A learner who finished every item of a roadmap over the last two years and
 * has reviewed each one whenever it fell due since (mostly GOOD, some AGAIN
 * and HARD): progress rows, review cards, and every rating event, as the
 * app's writers would have left them (each card is its events' fold). The
 * last few dozen items are left due today, a queue to read.
 */
export async function seedReviews(
  db: Db,
  login: string,
  roadmapSlug: string,
): Promise<{ cards: number; events: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { login }, select: { id: true } });
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: roadmapSlug }, select: { id: true } });
  const items = await db.item.findMany({ where: { roadmapId: roadmap.id, retiredAt: null }, select: { id: true } });
  const now = Date.now();
  const twoYears = 730 * DAY_MS;
  const cards: { itemId: string; card: ReviewCardState }[] = [];
  const events: {
    userId: string;
    itemId: string;
    roadmapId: string;
    rating: ReviewRatingName;
    reviewedAt: Date;
    retention: number;
    cardEnteredAt: Date;
    repsBefore: number;
    cardBefore: object;
  }[] = [];
  items.forEach(({ id: itemId }, index) => {
    const enteredAt = new Date(now - twoYears + Math.floor((index * twoYears) / items.length));
    let card = enterReview(enteredAt, 0.9);
    for (let turn = 0; card.due.getTime() < now - DAY_MS; turn += 1) {
      const rating: ReviewRatingName = (index + turn) % 11 === 0 ? "AGAIN" : (index + turn) % 7 === 0 ? "HARD" : "GOOD";
      events.push({
        userId: user.id,
        itemId,
        roadmapId: roadmap.id,
        rating,
        reviewedAt: card.due,
        retention: 0.9,
        cardEnteredAt: enteredAt,
        repsBefore: card.reps,
        cardBefore: cardToJson(card),
      });
      card = rateCard(card, rating, card.due, 0.9);
    }
    cards.push({ itemId, card });
  });
  await db.progress.createMany({
    data: items.map(({ id }) => ({ userId: user.id, itemId: id, roadmapId: roadmap.id, status: "DONE" as const })),
  });
  for (let start = 0; start < cards.length; start += 1000) {
    await db.reviewCard.createMany({
      data: cards.slice(start, start + 1000).map(({ itemId, card }) => ({
        userId: user.id,
        itemId,
        roadmapId: roadmap.id,
        due: card.due,
        stability: card.stability,
        difficulty: card.difficulty,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        scheduledDays: card.scheduledDays,
        learningSteps: card.learningSteps,
        lastReview: card.lastReview,
        enteredAt: card.enteredAt,
        enteredRetention: card.enteredRetention,
      })),
    });
  }
  for (let start = 0; start < events.length; start += 2000) {
    await db.reviewEvent.createMany({ data: events.slice(start, start + 2000) });
  }
  await db.reviewSettings.create({ data: { userId: user.id, dailyLimit: 500 } });
  return { cards: cards.length, events: events.length };
}

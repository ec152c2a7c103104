-- Items finished before spaced review existed (issue 23) enter it as if finished when their status
-- was last set: FSRS's first GOOD at the default desired retention, 0.9 (nobody has settings yet),
-- as shared/review/scheduler.ts computes it: stability 2.3065, difficulty 2.11810397, state 2
-- (review), 3 days to the first review (shared/review/first-reviews.test.ts checks these numbers
-- against the scheduler). Long-finished items are overdue at once; the daily limit spreads them.
INSERT INTO "ReviewCard" ("userId", "itemId", "roadmapId", "due", "stability", "difficulty", "reps", "lapses",
  "state", "scheduledDays", "learningSteps", "lastReview", "enteredAt", "enteredRetention")
SELECT p."userId", p."itemId", p."roadmapId", p."updatedAt" + interval '3 days', 2.3065, 2.11810397, 1, 0,
  2, 3, 0, p."updatedAt", p."updatedAt", 0.9
FROM "Progress" p
WHERE p."status" = 'DONE'
ON CONFLICT ("userId", "itemId") DO NOTHING;

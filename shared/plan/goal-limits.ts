/** The most items a week a goal may ask for: checked by the goals form and by the server. */
export const MAX_WEEKLY_GOAL = 500;

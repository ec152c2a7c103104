/**
 * What a cohort may hold, shown in the pages and enforced by the services
 * (BAD_USER_INPUT past a cap, naming it).
 */
export const COHORT_LIMITS = {
  membersPerCohort: 500,
  /** Cohorts a learner is in, in any role (those they own included). */
  cohortsPerLearner: 20,
  nameLength: 100,
  /** An invite's uses, when limited. */
  inviteMaxUses: 10_000,
  /** How far ahead an invite may expire. */
  inviteMaxDays: 366,
} as const;

/** An item IN_PROGRESS with no change for longer than this is "stuck". */
export const STUCK_AFTER_DAYS = 14;

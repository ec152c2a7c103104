/** One tenth of the way: members whose completion is at least `from` and below `to` (the last band includes 100). */
export interface StandingBand {
  from: number;
  to: number;
  members: number;
}

export interface CohortStanding {
  /** Ten bands, 0-10 % first. */
  bands: StandingBand[];
  memberCount: number;
  /** Median of the members' items DONE per week (0 for an empty cohort). */
  medianPacePerWeek: number;
  /** The viewer's own place, when the viewer is among the figures. */
  viewer: { percent: number; band: number; pacePerWeek: number; membersAhead: number } | null;
}

export interface StandingFigures {
  userId: string;
  percent: number;
  pacePerWeek: number;
}

/** The band of a completion in percent, 0 to 9 (100 % is in the last band). */
export function bandOf(percent: number): number {
  return Math.max(0, Math.min(9, Math.floor(percent / 10)));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 100) / 100;
}

/**
 * Where a cohort stands, without names: how many members are in each 10 % band
 * of completion, the median pace, and the viewer's own place (their band and
 * how many members are further along). Pure.
 */
export function cohortStanding(members: readonly StandingFigures[], viewerId: string): CohortStanding {
  const bands: StandingBand[] = Array.from({ length: 10 }, (_, index) => ({
    from: index * 10,
    to: (index + 1) * 10,
    members: 0,
  }));
  for (const member of members) bands[bandOf(member.percent)]!.members += 1;
  const own = members.find((member) => member.userId === viewerId);
  return {
    bands,
    memberCount: members.length,
    medianPacePerWeek: median(members.map((member) => member.pacePerWeek)),
    viewer: own
      ? {
          percent: own.percent,
          band: bandOf(own.percent),
          pacePerWeek: own.pacePerWeek,
          membersAhead: members.filter((member) => member.percent > own.percent).length,
        }
      : null,
  };
}

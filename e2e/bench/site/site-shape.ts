/**
 * How big a generated site is. The large site is issue 21's: 10,000 learners,
 * 200,000 roadmaps of theirs, 2 million progress rows, 20 million history events
 * and 50,000 notes. Every count scales with the number of learners, so the small
 * site (10 learners) has the same shape, a thousandth of the size, and
 * BENCH_SITE_SCALE=0.01 makes a quick try of the large one.
 */
export interface SiteShape {
  label: string;
  learners: number;
  roadmaps: number;
  progress: number;
  events: number;
  notes: number;
}

const FULL = { learners: 10_000, roadmaps: 200_000, progress: 2_000_000, events: 20_000_000, notes: 50_000 };

export function siteShape(label: string, learners: number): SiteShape {
  const ratio = learners / FULL.learners;
  return {
    label,
    learners,
    roadmaps: Math.round(FULL.roadmaps * ratio),
    progress: Math.round(FULL.progress * ratio),
    events: Math.round(FULL.events * ratio),
    notes: Math.max(1, Math.round(FULL.notes * ratio)),
  };
}

export const SMALL_SITE = siteShape("small", 10);

export function largeSite(): SiteShape {
  const scale = Number(process.env.BENCH_SITE_SCALE ?? 1);
  if (!(scale > 0 && scale <= 10)) throw new Error(`BENCH_SITE_SCALE must be in (0, 10], not ${scale}`);
  return siteShape("large", Math.max(20, Math.round(FULL.learners * scale)));
}

export const describeShape = (shape: SiteShape) =>
  `${shape.learners.toLocaleString("en")} learners, ${shape.roadmaps.toLocaleString("en")} roadmaps, ` +
  `${shape.progress.toLocaleString("en")} progress rows, ${shape.events.toLocaleString("en")} events, ` +
  `${shape.notes.toLocaleString("en")} notes`;

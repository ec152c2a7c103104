import Link from "next/link";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import type { SkillSourceView } from "@/shared/roadmap-view";
import { useRowTexts } from "./row-texts";

const LINK = "font-medium text-indigo-700 underline dark:text-indigo-300";

/**
 * An item's skill (a chip linking to /skills/<name>) and, when its status came
 * from another item through the skill, where: "Done on Backend Development
 * Roadmap, 3 Nov". The source is shown only while the row still shows the
 * status it gave: once the learner changes it here, this item is the source.
 */
export function ItemSkill({
  skill,
  source,
  status,
}: {
  skill: string;
  source: SkillSourceView | undefined;
  status: ItemStatus;
}) {
  const { roadmap: t, status: statusName, skill: skillWord } = useRowTexts();
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      <Link
        href={`/skills/${skill}`}
        className="rounded-full border border-slate-300 px-2 py-0.5 font-medium text-slate-800 hover:border-indigo-500 dark:border-slate-600 dark:text-slate-200"
        data-testid="item-skill"
      >
        <span className="sr-only">{skillWord} </span>
        {skill}
      </Link>
      {source && source.status === status && (
        <span data-testid="item-skill-source">
          {t.rich("skillSource", {
            status: statusName[status],
            roadmap: source.roadmapTitle,
            day: source.day,
            link: (chunks) => (
              <Link href={`/roadmaps/${source.roadmapSlug}#item-${source.itemId}`} className={LINK}>
                {chunks}
              </Link>
            ),
          })}
        </span>
      )}
    </p>
  );
}

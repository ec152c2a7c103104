import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SkillNoteView } from "@/shared/roadmap-view";

/**
 * The learner's notes on other items claiming the same skill (notes stay with their item),
 * collapsed under the item's own note: "Your notes on git elsewhere (2)".
 */
export function SkillNotesElsewhere({ skill, notes }: { skill: string; notes: SkillNoteView[] }) {
  const t = useTranslations("Roadmap");
  return (
    <details className="mt-1 text-sm" data-testid="skill-notes-elsewhere">
      <summary className="cursor-pointer text-slate-700 underline-offset-4 hover:underline dark:text-slate-300">
        {t("notesElsewhere", { skill, count: notes.length })}
      </summary>
      <ul className="mt-1 space-y-2">
        {notes.map((note) => (
          <li
            key={note.itemId}
            className="rounded-md border-s-4 border-slate-300 bg-slate-50 px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          >
            <Link
              href={`/roadmaps/${note.roadmapSlug}#item-${note.itemId}`}
              className="text-xs font-medium text-indigo-700 underline dark:text-indigo-300"
            >
              {note.roadmapTitle}
            </Link>
            {/* Sanitised server-side when the note was written (hast-util-sanitize, GitHub's allow-list). */}
            <div className="prose-note" dangerouslySetInnerHTML={{ __html: note.html }} />
          </li>
        ))}
      </ul>
    </details>
  );
}

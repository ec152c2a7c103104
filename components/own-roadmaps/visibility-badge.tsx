import type { RoadmapVisibility } from "@/server/db/generated/enums";

const LABEL: Record<RoadmapVisibility, { text: string; title: string }> = {
  PRIVATE: { text: "Private", title: "Only you can see it." },
  UNLISTED: { text: "Unlisted", title: "Anyone with its address can see it; it is not listed on Explore." },
  PUBLIC: { text: "Public", title: "Anyone can see it, and it is listed on Explore." },
};

export function VisibilityBadge({ visibility }: { visibility: RoadmapVisibility }) {
  const { text, title } = LABEL[visibility];
  return (
    <span
      title={title}
      data-testid="visibility-badge"
      className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200"
    >
      {text}
    </span>
  );
}

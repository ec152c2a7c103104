import { useTranslations } from "next-intl";

/**
 * The badge as a README shows it, in both variants (served by /api/badges): in
 * its owner's language, as the snippets embed it; only the alt text is the page's.
 */
export function BadgePreview({ badgePath, title }: { badgePath: string; title: string }) {
  const t = useTranslations("Share");
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="badge-preview">
      <span className="rounded-md border border-slate-200 bg-white p-2">
        {/* An SVG from this site: next/image would add nothing. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={badgePath} alt={t("badgeLight", { title })} height={20} />
      </span>
      <span className="rounded-md border border-slate-700 bg-slate-900 p-2">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={`${badgePath}?theme=dark`} alt={t("badgeDark", { title })} height={20} />
      </span>
    </div>
  );
}

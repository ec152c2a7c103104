import Link from "next/link";
import { useTranslations } from "next-intl";

/** Links between the pages of a list: back to the first page, and to the next one. */
export function PageLinks({
  path,
  params,
  after,
  nextCursor,
}: {
  path: string;
  params?: Record<string, string>;
  after: string | null;
  nextCursor: string | null;
}) {
  const t = useTranslations("PageLinks");
  if (!after && !nextCursor) return null;
  const href = (extra: Record<string, string>) => `${path}?${new URLSearchParams({ ...params, ...extra })}`;
  return (
    <nav aria-label={t("label")} className="flex justify-between text-sm">
      {after ? (
        <Link href={href({})} className="font-medium text-indigo-700 underline dark:text-indigo-300">
          {t("first")}
        </Link>
      ) : (
        <span />
      )}
      {nextCursor && (
        <Link href={href({ after: nextCursor })} className="font-medium text-indigo-700 underline dark:text-indigo-300">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}

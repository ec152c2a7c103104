import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/server/platform/database-unavailable";
import { badgeCompletion } from "@/server/services/profile/badge-completion";
import { serverTranslator } from "@/server/i18n/server-translator";
import { badgeSvg, completionBadge, notFoundBadge, type BadgeTheme } from "@/shared/badge/badge-svg";
import { ownerLocale } from "@/shared/i18n/owner-locale";

export const dynamic = "force-dynamic";

// Short: a README shows progress within minutes, and GitHub's image proxy revalidates with the ETag.
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600";

function svgResponse(request: NextRequest, svg: string, status = 200, cacheControl = CACHE_CONTROL): Response {
  const etag = `"${createHash("sha256").update(svg).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "content-type": "image/svg+xml; charset=utf-8",
    "cache-control": cacheControl,
    etag,
  };
  const match = request.headers.get("if-none-match");
  if (status === 200 && match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(svg, { status, headers });
}

/**
 * /api/badges/<login>/<slug>.svg[?theme=dark]: a learner's completion of a
 * roadmap as a README badge. Served (200) as the neutral "not found" badge for
 * an unknown learner, a profile that is not public, a roadmap not on it or not
 * public, alike: a README that embedded it keeps showing a badge, and nothing
 * tells these cases apart. Its words are in `?lang=<tag>` when given, else in
 * the learner's saved language, else English (owner-locale.ts); the not-found
 * badge never uses the learner's, which would tell that the account exists. The
 * URL and the learner's choice alone decide: a cached answer is the same for
 * everyone, and the ETag is the SVG's own.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ login: string; file: string }> }) {
  const { login, file } = await params;
  const theme: BadgeTheme = request.nextUrl.searchParams.get("theme") === "dark" ? "dark" : "light";
  const asked = request.nextUrl.searchParams.get("lang");
  const slug = /^(.+)\.svg$/.exec(file)?.[1];
  try {
    const badge = slug ? await badgeCompletion(login, slug) : null;
    const t = await serverTranslator(ownerLocale(asked, badge?.locale), "Badge");
    const content = badge ? completionBadge(badge.title, badge.completion.percent, t) : notFoundBadge(t);
    return svgResponse(request, badgeSvg(content, theme));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const t = await serverTranslator(ownerLocale(asked, null), "Badge");
    const response = svgResponse(request, badgeSvg(notFoundBadge(t), theme), 503, "no-store");
    response.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
    return response;
  }
}

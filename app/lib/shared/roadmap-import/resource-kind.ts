import { ResourceKind } from "../../db/generated/enums";

const LABELS: Record<string, ResourceKind> = {
  official: ResourceKind.OFFICIAL,
  docs: ResourceKind.OFFICIAL,
  documentation: ResourceKind.OFFICIAL,
  article: ResourceKind.ARTICLE,
  video: ResourceKind.VIDEO,
  course: ResourceKind.COURSE,
  book: ResourceKind.BOOK,
  opensource: ResourceKind.OPENSOURCE,
  podcast: ResourceKind.PODCAST,
  interactive: ResourceKind.INTERACTIVE,
};

/** Reads a label such as "Official" or "open source"; undefined when it is none. */
export function resourceKindFromLabel(label: string): ResourceKind | undefined {
  return LABELS[label.toLowerCase().replace(/[\s_-]+/g, "")];
}

/**
 * roadmap.sh's link form, `[@type@Title](url)`: its types are ours, plus `feed`
 * (a daily.dev feed) and `roadmap` (another roadmap), both read as articles.
 */
export function resourceKindFromRoadmapShType(type: string): ResourceKind | undefined {
  const lower = type.toLowerCase();
  if (lower === "feed" || lower === "roadmap") return ResourceKind.ARTICLE;
  return resourceKindFromLabel(lower);
}

/** The label the markdown export writes for each kind; reading it back gives the same kind. */
export const RESOURCE_KIND_LABEL: Record<ResourceKind, string> = {
  OFFICIAL: "official",
  ARTICLE: "article",
  VIDEO: "video",
  COURSE: "course",
  BOOK: "book",
  OPENSOURCE: "open source",
  PODCAST: "podcast",
  INTERACTIVE: "interactive",
};

const HOST_KINDS: [RegExp, ResourceKind][] = [
  [/(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/, ResourceKind.VIDEO],
  [/(^|\.)(github\.com|gitlab\.com)$/, ResourceKind.OPENSOURCE],
  [
    /(^|\.)(coursera\.org|udemy\.com|edx\.org|freecodecamp\.org|theodinproject\.com|fullstackopen\.com|khanacademy\.org|codecademy\.com)$/,
    ResourceKind.COURSE,
  ],
  [/(^|\.)(podcasts\.apple\.com|open\.spotify\.com)$/, ResourceKind.PODCAST],
  [/(^|\.)(oreilly\.com|manning\.com|nostarch\.com|pragprog\.com)$/, ResourceKind.BOOK],
  [/(^|\.)(sqlbolt\.com|exercism\.org|learngitbranching\.js\.org|katacoda\.com)$/, ResourceKind.INTERACTIVE],
  [/(^|\.)(developer\.mozilla\.org|rfc-editor\.org|owasp\.org|w3\.org)$/, ResourceKind.OFFICIAL],
];

/**
 * Guesses a link's kind from its address when the author gave none. A guess only:
 * curated roadmaps label their links ("- official: [..](..)").
 */
export function inferResourceKind(url: string): ResourceKind {
  const { hostname, pathname } = new URL(url);
  const host = hostname.toLowerCase();
  for (const [pattern, kind] of HOST_KINDS) if (pattern.test(host)) return kind;
  if (host.startsWith("docs.") || /^\/docs?(\/|$)/.test(pathname)) return ResourceKind.OFFICIAL;
  return ResourceKind.ARTICLE;
}

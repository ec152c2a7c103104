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

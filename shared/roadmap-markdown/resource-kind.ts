import { ResourceKind } from "../../server/db/generated/enums";

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
 * roadmap.sh's types that Waymark has no kind of that name for, each filed
 * under the nearest kind: writing to read (guides, papers, reports) is an
 * article, something to use (a tool, a platform) is interactive, a data set is
 * open source, a conference is its talks, and a framework, standard or policy
 * is its own documentation. Any other type is an article, the most general kind.
 */
const NEAREST_KIND: Record<string, ResourceKind> = {
  feed: ResourceKind.ARTICLE,
  roadmap: ResourceKind.ARTICLE,
  guide: ResourceKind.ARTICLE,
  paper: ResourceKind.ARTICLE,
  research: ResourceKind.ARTICLE,
  report: ResourceKind.ARTICLE,
  community: ResourceKind.ARTICLE,
  group: ResourceKind.ARTICLE,
  tool: ResourceKind.INTERACTIVE,
  platform: ResourceKind.INTERACTIVE,
  dataset: ResourceKind.OPENSOURCE,
  conference: ResourceKind.VIDEO,
  framework: ResourceKind.OFFICIAL,
  standard: ResourceKind.OFFICIAL,
  policy: ResourceKind.OFFICIAL,
};

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

/** The kind's own name as a roadmap.sh type: `opensource` for OPENSOURCE. */
export function roadmapShTypeOf(kind: ResourceKind): string {
  return RESOURCE_KIND_LABEL[kind].replace(/\s+/g, "");
}

export interface TypedKind {
  kind: ResourceKind;
  /** The type as written (lower case) when it is not the kind's own name; null otherwise. */
  writtenType: string | null;
}

/**
 * roadmap.sh's link form, `[@type@Title](url)`, takes any type: Waymark's own
 * kinds by name (`@video@`), the labels it reads (`@docs@`), and any other
 * type filed under its nearest kind (`@paper@` is an article). A label on the
 * line (`- video: [@paper@Title](url)`) names the kind instead. The written
 * type is kept whenever it is not the kind's own name, so that the page shows
 * it and the export writes it back.
 */
export function resourceKindFromRoadmapShType(type: string, labelled?: ResourceKind): TypedKind {
  const written = type.toLowerCase();
  const kind = labelled ?? resourceKindFromLabel(written) ?? NEAREST_KIND[written] ?? ResourceKind.ARTICLE;
  return { kind, writtenType: written === roadmapShTypeOf(kind) ? null : written };
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
export function inferResourceKind(url: URL): ResourceKind {
  const { hostname, pathname } = url;
  const host = hostname.toLowerCase();
  for (const [pattern, kind] of HOST_KINDS) if (pattern.test(host)) return kind;
  if (host.startsWith("docs.") || /^\/docs?(\/|$)/.test(pathname)) return ResourceKind.OFFICIAL;
  return ResourceKind.ARTICLE;
}

/**
 * Every problem the importer and the translation check report, by code, with
 * the English sentence the API carries in `message`. The interface translates
 * a problem by its code and values (messages/<locale>.json, namespace
 * RoadmapProblems); problem-messages.test.ts proves that the English catalogue
 * says exactly what these functions say, so the sentence has one wording.
 *
 * Markup a learner types (`<!-- key: … -->`, `- [ ] text`) is a value, not part
 * of a translated sentence: it is the same in every language.
 */

type Values = Record<string, string | number>;

const number = (value: number) => value.toLocaleString("en-US");

/** The snippets the sentences quote, passed to translations as values. */
export const SNIPPETS = {
  keyComment: "<!-- key: some-key -->",
  keyCommentShort: "<!-- key: … -->",
  skillComment: "<!-- skill: some-skill -->",
  langComment: "<!-- lang: es -->",
  langAny: "<!-- lang: … -->",
  langExample: "- official: [Title](https://…) <!-- lang: en -->",
  checkbox: "- [ ]",
  checkboxText: "- [ ] text",
  titleHeading: "# Title",
  sectionHeading: "## Section",
  hash: "#",
  bracket: "[",
} as const;

export const PROBLEM_MESSAGES = {
  fileTooLarge: ({ limit }: { limit: number }) => `the file is larger than ${number(limit)} bytes`,
  fileTooManyBrackets: ({ found, limit }: { found: number; limit: number }) =>
    `the file holds ${number(found)} \`[\` characters; at most ${number(limit)} are allowed (one per checkbox and per link)`,
  tooManyItems: ({ limit, found }: { limit: number; found: number }) =>
    `a roadmap may hold at most ${number(limit)} items (found ${number(found)})`,
  tooManySections: ({ limit, found }: { limit: number; found: number }) =>
    `a roadmap may hold at most ${number(limit)} sections (found ${number(found)})`,
  descriptionTooLong: ({ limit, found }: { limit: number; found: number }) =>
    `a roadmap may hold at most ${number(limit)} characters of description (found ${number(found)})`,
  moreProblems: ({ limit }: { limit: number }) => `more problems follow: only the first ${number(limit)} are listed`,
  lineTooLong: ({ limit }: { limit: number }) => `this line is longer than ${number(limit)} characters`,
  textRunsOver: ({ limit, to }: { limit: number; to: number }) =>
    `this text runs over ${number(limit)} characters (to line ${to})`,
  keyCommentAlone: () => "a key comment must be at the end of its item's line, not on a line of its own",
  skillCommentAlone: () => "a skill comment must be at the end of its item's line, not on a line of its own",
  gluedCheckbox: () => "write a space between the list marker and the checkbox: `- [ ] text`",
  nestedUnderNonItem: () => "a checklist item can only be nested under another checklist item",
  nestedTooDeep: ({ limit }: { limit: number }) => `checklist items may be nested at most ${number(limit)} levels deep`,
  indentedNotChildOrLink: () => "an indented line must be a `- [ ]` child item or a link to a resource",
  notChecklistItem: () => "not a checklist item: write it as `- [ ] text`",
  linksOnlyBeforeSections: () => "a list before the first section may only hold links (the roadmap's own resources)",
  secondTitle: () => "only one `#` title is allowed",
  unknownResourceKind: ({ label, kinds }: { label: string; kinds: string }) =>
    `unknown resource kind "${label}" (use one of: ${kinds})`,
  tooManyLinks: ({ limit }: { limit: number }) =>
    `a roadmap may hold at most ${number(limit)} resource links (this line passes it)`,
  addressTooLong: ({ limit, found }: { limit: number; found: number }) =>
    `a link's address may be at most ${number(limit)} characters (found ${number(found)})`,
  notAbsoluteUrl: ({ address }: { address: string }) => `"${address}" is not an absolute URL`,
  schemeNotAllowed: ({ scheme }: { scheme: string }) => `only http and https links are allowed (found ${scheme})`,
  writeAsWebAddress: ({ address }: { address: string }) =>
    `"${address}" is not an absolute URL: write it as http://… or https://…`,
  addressControlCharacters: () => "a link's address may not contain control characters or tabs",
  addressBackslash: () => "a link's address may not contain a backslash (write it as %5C)",
  writtenTooLarge: ({ found, limit }: { found: number; limit: number }) =>
    `the roadmap is ${number(found)} bytes as Waymark writes it (its export without key pins); at most ${number(limit)} are allowed`,
  writtenTooManyBrackets: ({ found, limit }: { found: number; limit: number }) =>
    `the roadmap holds ${number(found)} \`[\` characters as Waymark writes it (one per checkbox, per link and per \`[\` of its text); at most ${number(limit)} are allowed`,
  writtenParagraphTooLong: ({ limit }: { limit: number }) =>
    `a paragraph of the description runs over ${number(limit)} characters once its markup characters are escaped, as Waymark writes it`,
  writtenDescriptionTooLong: ({ limit, found }: { limit: number; found: number }) =>
    `the description runs over ${number(limit)} characters once its markup characters are escaped, as Waymark writes it (${number(found)})`,
  badKeyComment: () =>
    "a key comment must read `<!-- key: some-key -->` (letters, digits, dashes, underscores), once per item",
  keyTooLong: ({ limit }: { limit: number }) => `a key may be at most ${number(limit)} characters`,
  badLanguageComment: () =>
    "a link's language must read `<!-- lang: es -->` (a language tag such as en, es, pt-BR, de, ja or ar), once per line",
  misplacedLanguage: () =>
    "a `<!-- lang: … -->` tag belongs at the end of a line with links (`- official: [Title](https://…) <!-- lang: en -->`)",
  oneSkillPerItem: () => "an item may claim one skill: write one `<!-- skill: some-skill -->` comment",
  badSkillComment: ({ limit }: { limit: number }) =>
    `a skill comment must read \`<!-- skill: some-skill -->\`: lowercase letters and digits in words joined by single dashes, at most ${number(limit)} characters`,
  keyTaken: ({ key, line }: { key: string; line: number }) => `the key "${key}" is already used on line ${line}`,
  keyShared: ({ key, line }: { key: string; line: number }) =>
    `this item would share the key "${key}" with line ${line}: pin a key on one of them with \`<!-- key: some-key -->\``,
  noText: () => "this line has no text",
  textTooLong: ({ limit }: { limit: number }) => `text longer than ${number(limit)} characters`,
  noTitle: () => "the roadmap needs a `# Title` heading",
  noSection: () => "the roadmap needs at least one `## Section` with items",
  emptySection: ({ title }: { title: string }) => `section "${title}" has no \`- [ ]\` items`,
  // The translation check (check-translation.ts).
  sectionCount: ({ original, translation }: { original: number; translation: number }) =>
    `the original has ${number(original)} sections and this translation ${number(translation)}: translate each of the original's sections, in the same order`,
  keyNotInOriginal: ({ key }: { key: string }) =>
    `the key \`${key}\` is not in the original: pin the original item's key with \`<!-- key: … -->\``,
  wrongSection: ({ key, section, title }: { key: string; section: number; title: string }) =>
    `\`${key}\` belongs in the original's section ${number(section)}, "${title}"`,
  wrongParent: ({ key, parent, line }: { key: string; parent: string; line: number }) =>
    `\`${key}\` belongs under \`${parent}\`, as in the original (line ${line})`,
  notTopLevel: ({ key, line }: { key: string; line: number }) =>
    `\`${key}\` is a top-level item in the original (line ${line})`,
  otherSkill: ({ skill }: { skill: string }) =>
    `the original claims the skill \`${skill}\` here; skills belong to the original`,
  noSkillInOriginal: () => "skills belong to the original, which claims none here: remove this claim",
  missingItem: ({ key, line, title }: { key: string; line: number; title: string }) =>
    `the original's item \`${key}\` (its line ${line}, "${title}") is missing after this line`,
} satisfies Record<string, (values: never) => string>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

/** After the code, the values its sentence takes: none, or one object. */
export type ProblemArguments<C extends ProblemCode> =
  Parameters<(typeof PROBLEM_MESSAGES)[C]> extends [] ? [] : [Parameters<(typeof PROBLEM_MESSAGES)[C]>[0]];

/** One problem of a file, on its line: its code and values for a translation, its English sentence for the API. */
export interface RoadmapProblem {
  line: number;
  message: string;
  code: ProblemCode;
  values: Values;
}

/** The problem `code` with its values, on `line`. */
export function roadmapProblem<C extends ProblemCode>(
  line: number,
  code: C,
  ...values: ProblemArguments<C>
): RoadmapProblem {
  const given: Values = values[0] ?? {};
  const sentence = PROBLEM_MESSAGES[code] as (values: Values) => string;
  return { line, message: sentence(given), code, values: given };
}

/** The values that quote a text a learner wrote, shortened: a problem list stays readable whatever was written. */
export const quoted = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

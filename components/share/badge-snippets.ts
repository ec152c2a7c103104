/** What a learner pastes into a README: the badge, linking to their profile. */
export interface BadgeSnippetInput {
  origin: string;
  badgePath: string;
  profilePath: string;
  title: string;
}

export function badgeMarkdown({ origin, badgePath, profilePath, title }: BadgeSnippetInput, theme: "light" | "dark") {
  const image = `${origin}${badgePath}${theme === "dark" ? "?theme=dark" : ""}`;
  return `[![${title} progress on Waymark](${image})](${origin}${profilePath})`;
}

/** GitHub honours <picture> with prefers-color-scheme in READMEs: the badge follows the reader's theme. */
export function badgePictureHtml({ origin, badgePath, profilePath, title }: BadgeSnippetInput) {
  return [
    `<a href="${origin}${profilePath}">`,
    `  <picture>`,
    `    <source media="(prefers-color-scheme: dark)" srcset="${origin}${badgePath}?theme=dark">`,
    `    <img alt="${title.replace(/"/g, "&quot;")} progress on Waymark" src="${origin}${badgePath}">`,
    `  </picture>`,
    `</a>`,
  ].join("\n");
}

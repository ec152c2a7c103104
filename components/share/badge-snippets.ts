/** What a learner pastes into a README: the badge, linking to their profile. */
export interface BadgeSnippetInput {
  origin: string;
  badgePath: string;
  profilePath: string;
  title: string;
  /** The image's alt text in the page's language: "Backend progress on Waymark". */
  alt: string;
}

export function badgeMarkdown({ origin, badgePath, profilePath, alt }: BadgeSnippetInput, theme: "light" | "dark") {
  const image = `${origin}${badgePath}${theme === "dark" ? "?theme=dark" : ""}`;
  return `[![${alt}](${image})](${origin}${profilePath})`;
}

/** GitHub honours <picture> with prefers-color-scheme in READMEs: the badge follows the reader's theme. */
export function badgePictureHtml({ origin, badgePath, profilePath, alt }: BadgeSnippetInput) {
  return [
    `<a href="${origin}${profilePath}">`,
    `  <picture>`,
    `    <source media="(prefers-color-scheme: dark)" srcset="${origin}${badgePath}?theme=dark">`,
    `    <img alt="${alt.replace(/"/g, "&quot;")}" src="${origin}${badgePath}">`,
    `  </picture>`,
    `</a>`,
  ].join("\n");
}

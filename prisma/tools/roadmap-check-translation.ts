import fs from "node:fs";
import path from "node:path";
import { checkTranslation } from "../../shared/roadmap-markdown/check-translation";
import { parseRoadmapMarkdown } from "../../shared/roadmap-markdown/parse-roadmap-markdown";
import { RoadmapParseError } from "../../shared/roadmap-markdown/parsed-roadmap";

/*
 * npm run roadmap:check-translation -- path/to/original.md path/to/original.es.md
 *
 * Checks a translation file against its original without a database, as the
 * editor does on save: both files must read, and the translation must hold the
 * original's sections in order and its items by key, under the same parents.
 * Prints each problem with its line and exits 1 when there is any.
 */
const [originalPath, translationPath] = process.argv.slice(2);
if (!originalPath || !translationPath) {
  console.error("Name two files: npm run roadmap:check-translation -- original.md original.es.md");
  process.exit(2);
}

function read(file: string) {
  try {
    return parseRoadmapMarkdown(fs.readFileSync(path.resolve(file), "utf8"));
  } catch (error) {
    if (!(error instanceof RoadmapParseError)) throw error;
    for (const problem of error.problems) console.error(`${file}:${problem.line}: ${problem.message}`);
    process.exit(1);
  }
}

const mismatch = checkTranslation(read(originalPath), read(translationPath));
for (const problem of mismatch.problems) console.error(`${translationPath}:${problem.line}: ${problem.message}`);
if (mismatch.problems.length > 0) process.exit(1);
console.log(`${translationPath}: matches ${originalPath}`);

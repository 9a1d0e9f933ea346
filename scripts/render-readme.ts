// The README's generated parts: the configuration table, rendered from src/config/options.ts, and
// the runnable examples under examples/, included verbatim. Run as a script (`npm run docs`) it
// rewrites README.md, and the included examples of docs/clients.md; test/config/options.test.ts
// and test/docs/examples.e2e.test.ts fail when the README differs from what this renders (and the
// latter runs the examples), test/clients/go.e2e.test.ts when docs/clients.md does.
import { readFileSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { optionsMarkdown } from "../src/config/options.js";

export const ROOT = join(import.meta.dirname, "..");
export const README = join(ROOT, "README.md");
const OPTIONS_START = /<!-- options:start[^>]*-->\n/;
const OPTIONS_END = "<!-- options:end -->";
/** `<!-- include: examples/x.sh -->` … `<!-- /include -->`: the file, fenced. */
const INCLUDE = /<!-- include: (\S+) -->\n[\s\S]*?<!-- \/include -->/g;
const FENCE: Record<string, string> = { ".sh": "sh", ".ts": "ts", ".mjs": "js", ".py": "python", ".go": "go" };
/** Other documents whose examples are included the same way (no options table). */
export const INCLUDING_DOCS = [join(ROOT, "docs/clients.md")];

/** The README text with the table between its markers replaced by the rendered one. */
export function withOptionsTable(readme: string): string {
  const start = OPTIONS_START.exec(readme);
  const end = readme.indexOf(OPTIONS_END);
  if (start === null || end < start.index) throw new Error("README.md has no <!-- options:start --> … <!-- options:end --> section");
  const from = start.index + start[0].length;
  return `${readme.slice(0, from)}${optionsMarkdown()}\n${readme.slice(end)}`;
}

/** The files the README includes, in order. */
export function includedFiles(readme: string): string[] {
  return [...readme.matchAll(INCLUDE)].map((m) => m[1]!);
}

/** The README text with every included file's current text. */
export function withIncludes(readme: string): string {
  return readme.replace(INCLUDE, (_, path: string) => {
    const text = readFileSync(join(ROOT, path), "utf8").trimEnd();
    return `<!-- include: ${path} -->\n\`\`\`${FENCE[extname(path)] ?? ""}\n${text}\n\`\`\`\n<!-- /include -->`;
  });
}

export function renderReadme(readme: string): string {
  return withIncludes(withOptionsTable(readme));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(README, "utf8");
  const after = renderReadme(before);
  writeFileSync(README, after);
  console.log(before === after ? "README.md: up to date" : "README.md: options table and examples rewritten");
  for (const doc of INCLUDING_DOCS) {
    const text = readFileSync(doc, "utf8");
    const rendered = withIncludes(text);
    writeFileSync(doc, rendered);
    console.log(`${relative(ROOT, doc)}: ${text === rendered ? "up to date" : "examples rewritten"}`);
  }
}

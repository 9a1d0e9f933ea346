import type { SpecDiff } from "./compare.js";
import type { ChangeType } from "./direction-verdict.js";
import type { ReportRow } from "./rows.js";

const sections: { type: ChangeType; title: string }[] = [
  { type: "breaking", title: "Breaking" },
  { type: "non-breaking", title: "Non-breaking" },
  { type: "unclassified", title: "Unclassified (review by hand)" },
];

/** A markdown review table, one section per verdict. */
export function renderMarkdown(diff: SpecDiff, specPath: string): string {
  const { versions, labels } = diff;
  const header = `## \`${specPath}\`: ${versions.old} → ${versions.new} (${labels.old} → ${labels.new})`;
  if (diff.rows.length === 0) return `${header}\n\nNo changes.\n`;
  const count = (type: ChangeType) => diff.rows.filter((r) => r.type === type).length;
  const lines = [header, "", sections.map((s) => `${count(s.type)} ${s.type}`).join(", ") + ".", ""];
  for (const { type, title } of sections) {
    const rows = diff.rows.filter((r) => r.type === type);
    if (rows.length === 0) continue;
    lines.push(`### ${title}`, "", "| Affects | Path | Action | Before → after | Why |", "|---|---|---|---|---|");
    lines.push(...rows.map(renderRow), "");
  }
  return lines.join("\n");
}

function renderRow(row: ReportRow): string {
  return `| ${cell(row.affects)} | ${code(row.path)} | ${row.action} | ${code(row.change)} | ${cell(row.why)} |`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function code(text: string): string {
  return text.includes("`") ? cell(text) : `\`${cell(text)}\``;
}
